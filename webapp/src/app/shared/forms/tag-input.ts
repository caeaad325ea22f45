import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  model,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon } from '../ui/icon/icon';
import { FormMessage } from './form-messages';

/**
 * A list of short texts edited as chips: type and press Enter (or a comma) to add, the × of a
 * chip or Backspace in the empty box to remove. Duplicates (ignoring case) are skipped.
 * Call {@link commit} before saving so a text still in the box is not lost.
 */
@Component({
  selector: 'app-tag-input',
  imports: [TranslatePipe, Icon],
  template: `
    <div class="tag-input" [class.is-invalid]="invalid() || problem() !== null">
      @if (tags().length > 0) {
        <ul class="chips tag-input__chips" [attr.aria-label]="listLabel()">
          @for (tag of tags(); track tag) {
            <li class="chip-tag" [attr.data-testid]="testId() ? testId() + '-tag' : null">
              <span>{{ tag }}</span>
              <button
                type="button"
                class="tag-input__remove"
                [attr.aria-label]="'form.tags.remove' | translate: { tag: tag }"
                (click)="remove($index)"
              >
                <app-icon name="close" />
              </button>
            </li>
          }
        </ul>
      }
      <input
        #box
        class="tag-input__box"
        type="text"
        autocomplete="off"
        enterkeyhint="enter"
        [id]="inputId()"
        [attr.data-testid]="testId()"
        [attr.placeholder]="placeholder()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="invalid() || problem() !== null"
        [disabled]="full()"
        [value]="draft()"
        (input)="onInput($event)"
        (keydown)="onKeydown($event)"
        (blur)="commit()"
      />
    </div>
    @if (problem(); as p) {
      <p class="field__error" role="alert">
        <app-icon name="alert" /><span>{{ p.key | translate: p.params }}</span>
      </p>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--space-1);
    }
    .tag-input {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2);
      min-block-size: 2.75rem;
      padding: var(--space-1) var(--space-2);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius-md);
      background: var(--color-surface);
      cursor: text;
    }
    .tag-input:focus-within {
      border-color: var(--color-primary);
      box-shadow: 0 0 0 3px color-mix(in srgb, var(--color-primary) 35%, transparent);
    }
    .tag-input.is-invalid {
      border-color: var(--color-danger);
    }
    .tag-input__chips {
      display: contents;
    }
    .chip-tag {
      padding-inline-end: var(--space-1);
    }
    .tag-input__remove {
      display: grid;
      place-items: center;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: var(--color-text-muted);
      font-size: 0.8rem;
      cursor: pointer;
    }
    .tag-input__remove:hover {
      background: var(--color-border);
      color: var(--color-text);
    }
    .tag-input__box {
      flex: 1 1 8rem;
      min-inline-size: 8rem;
      min-block-size: 2.25rem;
      border: 0;
      background: transparent;
      color: var(--color-text);
      font: inherit;
    }
    .tag-input__box:focus {
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagInput {
  private readonly box = viewChild.required<ElementRef<HTMLInputElement>>('box');

  readonly tags = model<string[]>([]);
  /** Id of the text box (for its label). */
  readonly inputId = input.required<string>();
  /** `data-testid` of the text box; each chip gets `<testId>-tag`. */
  readonly testId = input<string | null>(null);
  readonly maxTags = input(30);
  readonly maxLength = input(40);
  readonly placeholder = input('');
  readonly listLabel = input('');
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);

  protected readonly draft = signal('');
  protected readonly problem = signal<FormMessage | null>(null);
  protected readonly full = computed(() => this.tags().length >= this.maxTags());

  /** Adds what is typed in the box (comma-separated parts too); false when it was refused. */
  commit(): boolean {
    const parts = this.draft()
      .split(',')
      .map((part) => part.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    if (parts.length === 0) {
      this.draft.set('');
      return true;
    }
    const tooLong = parts.find((p) => p.length > this.maxLength());
    if (tooLong !== undefined) {
      this.problem.set({ key: 'form.tags.tooLong', params: { max: this.maxLength() } });
      return false;
    }
    const next = [...this.tags()];
    const seen = new Set(next.map((t) => t.toLocaleLowerCase()));
    for (const part of parts) {
      if (next.length >= this.maxTags()) {
        this.problem.set({ key: 'form.tags.full', params: { max: this.maxTags() } });
        this.tags.set(next);
        return false;
      }
      if (!seen.has(part.toLocaleLowerCase())) {
        seen.add(part.toLocaleLowerCase());
        next.push(part);
      }
    }
    this.problem.set(null);
    this.tags.set(next);
    this.draft.set('');
    // [value] does not change when the draft was already '', so clear the box itself.
    this.box().nativeElement.value = '';
    return true;
  }

  protected remove(index: number): void {
    this.tags.set(this.tags().filter((_, i) => i !== index));
    this.problem.set(null);
    this.box().nativeElement.focus();
  }

  protected onInput(event: Event): void {
    this.draft.set((event.target as HTMLInputElement).value);
    this.problem.set(null);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) {
      return;
    }
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      this.commit();
    } else if (event.key === 'Backspace' && this.draft() === '' && this.tags().length > 0) {
      event.preventDefault();
      this.tags.set(this.tags().slice(0, -1));
    }
  }
}
