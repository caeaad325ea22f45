import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

/** How a list's search box follows the typing. */
export interface SearchAsYouType {
  /** Quiet time after the last keystroke before searching. */
  readonly debounceMs: number;
  /** The text the list searches for now. */
  readonly current: () => string;
  /** Searches for the (trimmed) text typed, e.g. navigating with `replaceUrl`. */
  readonly search: (text: string) => void;
}

/**
 * Searches as the user types in `box`: once typing pauses, the trimmed text (when it differs
 * from what the list shows) goes to `search`. Call in an injection context: it stops with the
 * component.
 */
export function searchAsYouType(box: FormControl<string>, options: SearchAsYouType): void {
  box.valueChanges
    .pipe(
      debounceTime(options.debounceMs),
      map((value) => value.trim()),
      distinctUntilChanged(),
      takeUntilDestroyed(),
    )
    .subscribe((text) => {
      if (text !== options.current()) {
        options.search(text);
      }
    });
}
