import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../core/auth/auth.model';
import { FieldControl, FormField } from './form-field';
import { FormFeedback } from './form-feedback';
import { LengthRule } from './form-messages';

/** A new password's length, as the server checks it (sign-up, reset, change). */
export const NEW_PASSWORD_RULE: LengthRule = {
  key: 'form.passwordLength',
  params: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
};

/** The checks of a new password: required, with the server's length. */
export const NEW_PASSWORD_VALIDATORS = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN_LENGTH),
  Validators.maxLength(PASSWORD_MAX_LENGTH),
];

/**
 * "New password" (with the length rule as hint and check) and "Repeat the new password", inside
 * the form they belong to (reset and change password). Build the new password's control with
 * `NEW_PASSWORD_VALIDATORS`, the confirmation's with `Validators.required`, and give the group
 * `matchingPasswords(<field>, 'confirmPassword')`. Each input's id is also its test id; the field
 * errors are `field-error-<field>` and `field-error-confirmPassword`. Editing a field forgets its
 * server error and emits `edited` with the field's name.
 *
 * ```html
 * <app-new-password-fields
 *   newId="reset-password"
 *   confirmId="reset-confirm"
 *   field="password"
 *   [password]="form.controls.password"
 *   [confirm]="form.controls.confirmPassword"
 *   [feedback]="feedback"
 * />
 * ```
 */
@Component({
  selector: 'app-new-password-fields',
  imports: [ReactiveFormsModule, TranslatePipe, FormField, FieldControl],
  template: `
    @let messages = feedback();
    <app-form-field
      [inputId]="newId()"
      [field]="field()"
      [label]="'form.newPassword' | translate"
      [hint]="'form.newPasswordHint' | translate: rule.params"
      [message]="messages.message(field(), password(), rule)"
    >
      <input
        appFieldControl
        class="input"
        type="password"
        autocomplete="new-password"
        required
        [formControl]="password()"
        [attr.data-testid]="newId()"
        (input)="markEdited(field())"
      />
    </app-form-field>

    <app-form-field
      [inputId]="confirmId()"
      [field]="confirmField"
      [label]="'form.confirmPassword' | translate"
      [message]="messages.message(confirmField, confirm())"
    >
      <input
        appFieldControl
        class="input"
        type="password"
        autocomplete="new-password"
        required
        [formControl]="confirm()"
        [attr.data-testid]="confirmId()"
        (input)="markEdited(confirmField)"
      />
    </app-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordFields {
  /** Id (and test id) of the new password's input. */
  readonly newId = input.required<string>();
  /** Id (and test id) of the confirmation's input. */
  readonly confirmId = input.required<string>();
  /** API field name of the new password, e.g. "password" (test id `field-error-<field>`). */
  readonly field = input.required<string>();
  readonly password = input.required<FormControl<string>>();
  readonly confirm = input.required<FormControl<string>>();
  /** The form's feedback: server field errors and whether it was submitted. */
  readonly feedback = input.required<FormFeedback>();
  /** A field was edited (its name). */
  readonly edited = output<string>();

  protected readonly rule = NEW_PASSWORD_RULE;
  /** The confirmation is checked on the client only. */
  protected readonly confirmField = 'confirmPassword';

  protected markEdited(field: string): void {
    this.feedback().edited(field);
    this.edited.emit(field);
  }
}
