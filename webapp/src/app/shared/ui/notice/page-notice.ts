import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import { Icon } from '../icon/icon';

export type NoticeTone = 'success' | 'danger';

/**
 * A message the user can dismiss, above a page's content: "Saved", "Could not download the CSV".
 * A danger notice is an alert (read out at once), a success notice a status. Projects its text.
 *
 * ```html
 * <app-page-notice testId="wallet-csv-error" tone="danger" [dismissLabel]="'wallet.dismiss' | translate"
 *   (dismissed)="csvError.set(null)">{{ error.text }}</app-page-notice>
 * ```
 */
@Component({
  selector: 'app-page-notice',
  imports: [Icon],
  template: `
    <div
      class="alert notice"
      [class.alert--success]="tone() === 'success'"
      [class.alert--danger]="tone() === 'danger'"
      [attr.role]="danger() ? 'alert' : 'status'"
      [attr.data-testid]="testId()"
    >
      <app-icon [name]="danger() ? 'alert' : 'check'" />
      <p class="notice__text"><ng-content /></p>
      <button
        type="button"
        class="notice__close"
        [attr.aria-label]="dismissLabel()"
        (click)="dismissed.emit()"
      >
        <app-icon name="close" />
      </button>
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageNotice {
  readonly testId = input.required<string>();
  readonly tone = input<NoticeTone>('success');
  /** The close button's accessible name (already translated). */
  readonly dismissLabel = input.required<string>();
  readonly dismissed = output<void>();

  protected readonly danger = computed(() => this.tone() === 'danger');
}
