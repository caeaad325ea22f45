import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A form's submit button that shows a spinner and "Saving…" while the request is out, and
 * cannot be pressed twice meanwhile. Projects its idle label.
 *
 * ```html
 * <button appSubmit class="btn btn--primary" data-testid="grant-submit"
 *   [sending]="feedback.sending()" [busyLabel]="'admin.grant.submitting' | translate">
 *   {{ 'admin.grant.submit' | translate }}
 * </button>
 * ```
 */
@Component({
  selector: 'button[appSubmit]',
  host: { type: 'submit', '[disabled]': 'sending()' },
  template: `
    @if (sending()) {
      <span class="spinner" aria-hidden="true"></span>{{ busyLabel() }}
    } @else {
      <ng-content />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitButton {
  readonly sending = input.required<boolean>();
  /** Label while sending (already translated). */
  readonly busyLabel = input.required<string>();
}
