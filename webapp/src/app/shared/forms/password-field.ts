import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon } from '../ui/icon/icon';
import { FormField } from './form-field';

/**
 * Password input with a show/hide button, inside an `app-form-field`. Bind the projected
 * input's type to `type()`:
 *
 * ```html
 * <app-password-field #pw>
 *   <input appFieldControl class="input" formControlName="password" [type]="pw.type()" />
 * </app-password-field>
 * ```
 */
@Component({
  selector: 'app-password-field',
  imports: [TranslatePipe, Icon],
  template: `
    <div class="password-field">
      <ng-content />
      <button
        type="button"
        class="password-field__toggle"
        [attr.aria-controls]="field.inputId()"
        [attr.aria-pressed]="visible()"
        [attr.aria-label]="'form.showPassword' | translate"
        [attr.title]="(visible() ? 'form.hidePassword' : 'form.showPassword') | translate"
        (click)="visible.set(!visible())"
      >
        <app-icon [name]="visible() ? 'eyeOff' : 'eye'" />
      </button>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  protected readonly field = inject(FormField);
  readonly visible = signal(false);

  type(): 'text' | 'password' {
    return this.visible() ? 'text' : 'password';
  }
}
