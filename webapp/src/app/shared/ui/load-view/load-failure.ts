import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { UserMessage } from '../../../core/http/problem';
import { Icon } from '../icon/icon';

/**
 * "Could not load …": the title, the problem's detail (else a generic text) and a retry button,
 * read out at once. What `app-load-view` shows on an error, and what pages with load states of
 * their own (an expert, a session room) show.
 *
 * ```html
 * <app-load-failure testId="expert-error" retryTestId="expert-retry"
 *   titleKey="experts.page.errorTitle" [error]="current.error" (retry)="retry()" />
 * ```
 */
@Component({
  selector: 'app-load-failure',
  imports: [TranslatePipe, Icon],
  template: `
    <div class="alert alert--danger" role="alert" [attr.data-testid]="testId()">
      <app-icon name="alert" />
      <div class="alert__body">
        <p class="state-box__title">{{ titleKey() | translate }}</p>
        <p>{{ error().text ?? (error().key | translate) }}</p>
        <div>
          <button
            type="button"
            [class]="small() ? 'btn btn--secondary btn--sm' : 'btn btn--secondary'"
            [attr.data-testid]="retryTestId()"
            [disabled]="busy()"
            (click)="retry.emit()"
          >
            <app-icon name="refresh" />{{ 'load.retry' | translate }}
          </button>
        </div>
      </div>
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadFailure {
  readonly testId = input.required<string>();
  readonly retryTestId = input.required<string>();
  /** Translation key of the title, e.g. `experts.page.errorTitle`. */
  readonly titleKey = input.required<string>();
  /** Why: the server's text, else the translation of `key`. */
  readonly error = input.required<Pick<UserMessage, 'text' | 'key'>>();
  /** A retry is under way: the button waits. */
  readonly busy = input(false);
  /** Inside a card: a small button. */
  readonly small = input(false);
  readonly retry = output<void>();
}
