import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  computed,
  inject,
  input,
} from '@angular/core';

import { FieldError } from './field-error';
import { FormMessage } from './form-messages';

/**
 * One form field: label, the projected control (mark it with `appFieldControl`), an optional
 * hint and the field error (`data-testid="field-error-<field>"`). Ids follow the control's id:
 * `<inputId>-hint` and `<inputId>-error`.
 *
 * ```html
 * <app-form-field inputId="login-email" field="email" [label]="…" [message]="emailError">
 *   <input appFieldControl class="input" formControlName="email" data-testid="login-email" />
 * </app-form-field>
 * ```
 */
@Component({
  selector: 'app-form-field',
  imports: [FieldError],
  host: { class: 'field' },
  template: `
    <label class="field__label" [for]="inputId()">{{ label() }}</label>
    <ng-content />
    @if (hint()) {
      <p class="field__hint" [id]="hintId()">{{ hint() }}</p>
    }
    <app-field-error [field]="field()" [errorId]="errorId()" [message]="message()" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormField {
  /** Id of the projected control; the label points at it. */
  readonly inputId = input.required<string>();
  /** API field name, e.g. "email" (test id `field-error-<field>`). */
  readonly field = input.required<string>();
  /** Label text (already translated). */
  readonly label = input.required<string>();
  /** Hint under the control (already translated); none when empty. */
  readonly hint = input<string>();
  readonly message = input<FormMessage | null>(null);

  readonly hintId = computed(() => `${this.inputId()}-hint`);
  readonly errorId = computed(() => `${this.inputId()}-error`);
  /** `aria-describedby` for the control: the error (when shown) and the hint. */
  readonly describedBy = computed(() => {
    const ids = [
      ...(this.message() ? [this.errorId()] : []),
      ...(this.hint() ? [this.hintId()] : []),
    ];
    return ids.length > 0 ? ids.join(' ') : null;
  });
}

/** The control inside an `app-form-field`: gets its id, `aria-invalid` and `aria-describedby`. */
@Directive({
  selector: '[appFieldControl]',
  host: {
    '[id]': 'field.inputId()',
    '[attr.aria-invalid]': 'field.message() !== null',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControl {
  protected readonly field = inject(FormField);
}
