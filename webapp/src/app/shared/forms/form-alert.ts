import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon } from '../ui/icon/icon';
import { FormMessage } from './form-messages';

/**
 * The message on top of a form after a failed submit (the problem's detail, "correct the
 * highlighted fields", the 429 wait), read out at once (`role="alert"`); nothing otherwise.
 *
 * ```html
 * <app-form-alert testId="login-error" [message]="feedback.alert()" />
 * ```
 */
@Component({
  selector: 'app-form-alert',
  imports: [TranslatePipe, Icon],
  template: `
    @if (message(); as m) {
      <div class="alert alert--danger" role="alert" [attr.data-testid]="testId()">
        <app-icon name="alert" />
        <p>{{ m.text ?? (m.key | translate: m.params) }}</p>
      </div>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlert {
  readonly testId = input.required<string>();
  readonly message = input<FormMessage | null>(null);
}
