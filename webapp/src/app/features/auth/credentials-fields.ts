import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { FieldControl, FormField } from '../../shared/forms/form-field';
import { NEW_PASSWORD_RULE } from '../../shared/forms/new-password-fields';
import { PasswordField } from '../../shared/forms/password-field';
import { AuthPage } from './auth-page';

/**
 * The e-mail and password fields of the auth page they sit in: for sign-in the saved
 * credentials (`username`, `current-password`), for sign-up a new account (`email`,
 * `new-password`, with the length rule as hint and check). Test ids `<page>-email`,
 * `<page>-password`.
 */
@Component({
  selector: 'app-credentials-fields',
  imports: [ReactiveFormsModule, TranslatePipe, FormField, FieldControl, PasswordField],
  template: `
    @let name = auth.page();
    @let controls = auth.form().controls;
    @let feedback = auth.feedback();
    <app-form-field
      [inputId]="name + '-email'"
      field="email"
      [label]="'auth.email' | translate"
      [message]="feedback.message('email', controls.email)"
    >
      <input
        appFieldControl
        class="input"
        type="email"
        inputmode="email"
        spellcheck="false"
        required
        [formControl]="controls.email"
        [attr.autocomplete]="signUp() ? 'email' : 'username'"
        [attr.data-testid]="name + '-email'"
        (input)="feedback.edited('email')"
      />
    </app-form-field>

    <app-form-field
      [inputId]="name + '-password'"
      field="password"
      [label]="'auth.password' | translate"
      [hint]="signUp() ? ('auth.register.passwordHint' | translate: rule.params) : undefined"
      [message]="feedback.message('password', controls.password, signUp() ? rule : undefined)"
    >
      <app-password-field #password>
        <input
          appFieldControl
          class="input"
          required
          [formControl]="controls.password"
          [attr.autocomplete]="signUp() ? 'new-password' : 'current-password'"
          [attr.data-testid]="name + '-password'"
          [type]="password.type()"
          (input)="feedback.edited('password')"
        />
      </app-password-field>
    </app-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CredentialsFields {
  protected readonly auth = inject(AuthPage);
  protected readonly rule = NEW_PASSWORD_RULE;
  protected readonly signUp = computed(() => this.auth.page() === 'register');
}
