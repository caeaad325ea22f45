import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

/**
 * The text boxes of a list's filters (an actor, an account): applied with Enter or "Apply", not
 * as typed, and following the query in the URL (back, forward, a link).
 */
export interface TextFilters<K extends string> {
  /** The boxes, by filter. */
  readonly controls: { readonly [F in K]: FormControl<string> };
  /** Each filter's longest text (longer ones in the URL are dropped). */
  readonly limits: Readonly<Record<K, number>>;
  /** What the boxes hold, trimmed and cut to their limits: the texts of the next query. */
  typed(): Record<K, string>;
  /** Puts the query's texts into the boxes that differ (without events). */
  follow(query: Readonly<Record<K, string>>): void;
  /** Empties the boxes. */
  clear(): void;
}

/** One box per filter of `limits` (its longest text), each empty. */
export function textFilters<K extends string>(limits: Readonly<Record<K, number>>): TextFilters<K> {
  const fields = Object.keys(limits) as K[];
  const controls = Object.fromEntries(
    fields.map((field) => [field, new FormControl('', { nonNullable: true })]),
  ) as Record<K, FormControl<string>>;
  return {
    controls,
    limits,
    typed: () =>
      Object.fromEntries(
        fields.map((field) => [field, controls[field].value.trim().slice(0, limits[field])]),
      ) as Record<K, string>,
    follow: (query) => {
      for (const field of fields) {
        if (controls[field].value.trim() !== query[field]) {
          controls[field].setValue(query[field], { emitEvent: false });
        }
      }
    },
    clear: () => {
      for (const field of fields) {
        controls[field].setValue('');
      }
    },
  };
}

/**
 * A list filter as a labelled text box (an id, an e-mail), one of {@link TextFilters}: no
 * autocomplete or spellcheck, at most `maxLength` characters. The input's id is also its test id.
 *
 * ```html
 * <app-filter-text inputId="audit-actor" [label]="'adminAudit.actor' | translate"
 *   [control]="texts.controls.actor" [maxLength]="texts.limits.actor" />
 * ```
 */
@Component({
  selector: 'app-filter-text',
  imports: [ReactiveFormsModule],
  host: { class: 'field' },
  template: `
    <label class="field__label" [for]="inputId()">{{ label() }}</label>
    <input
      class="input"
      type="text"
      autocomplete="off"
      spellcheck="false"
      [id]="inputId()"
      [attr.data-testid]="inputId()"
      [attr.maxlength]="maxLength()"
      [formControl]="control()"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterText {
  readonly inputId = input.required<string>();
  /** Label text (already translated). */
  readonly label = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly maxLength = input.required<number>();
}
