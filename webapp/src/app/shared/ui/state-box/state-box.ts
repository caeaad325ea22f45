import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A centred box that stands where content will be or would be: "loading…" (a spinner, `live`
 * so screen readers hear it) or "nothing here" (an icon, a title, a hint, a button). Projects
 * what it says; sits in a card of its own unless `inset`.
 *
 * ```html
 * <app-state-box testId="wallet-loading" [live]="true">
 *   <span class="spinner" aria-hidden="true"></span><p>{{ 'wallet.loading' | translate }}</p>
 * </app-state-box>
 * ```
 */
@Component({
  selector: 'app-state-box',
  template: `
    <div [class.card]="!inset()">
      <div class="state-box" [attr.role]="live() ? 'status' : null" [attr.data-testid]="testId()">
        <ng-content />
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
export class StateBox {
  readonly testId = input.required<string>();
  /** A status that screen readers announce (`role="status"`), e.g. loading. */
  readonly live = input(false);
  /** Inside a card already: no card of its own. */
  readonly inset = input(false);
}
