import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon } from '../ui/icon/icon';
import { FormMessage } from './form-messages';

/**
 * Error message under a form field (`data-testid="field-error-<field>"`). Give the input
 * `aria-describedby` = `errorId` so screen readers read it with the field.
 */
@Component({
  selector: 'app-field-error',
  imports: [TranslatePipe, Icon],
  template: `
    @if (message(); as m) {
      <p class="field__error" [id]="errorId()" [attr.data-testid]="'field-error-' + field()">
        <app-icon name="alert" />
        <span>{{ m.text ?? (m.key | translate: m.params) }}</span>
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldError {
  /** API field name, e.g. "email". */
  readonly field = input.required<string>();
  readonly errorId = input.required<string>();
  readonly message = input<FormMessage | null>(null);
}
