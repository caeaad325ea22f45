import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { AuthOptionsService } from '../../core/auth/auth-options.service';
import { LoadFailure } from '../../shared/ui/load-view/load-failure';
import { StateBox } from '../../shared/ui/state-box/state-box';

/**
 * While the desk's sign-in options load: a loading box (`auth-options-loading`); when they
 * could not be read: the problem with a retry (`auth-options-error`, `auth-options-retry`).
 * Nothing once they are known. Loads them (once for the app) when it appears.
 */
@Component({
  selector: 'app-auth-options-status',
  imports: [TranslatePipe, StateBox, LoadFailure],
  template: `
    @let state = options.state();
    @if (state.status === 'error') {
      <app-load-failure
        testId="auth-options-error"
        retryTestId="auth-options-retry"
        titleKey="auth.options.errorTitle"
        [error]="state.error"
        (retry)="options.load()"
      />
    } @else if (state.status !== 'success') {
      <app-state-box testId="auth-options-loading" [live]="true">
        <span class="spinner" aria-hidden="true"></span>
        <p>{{ 'auth.options.loading' | translate }}</p>
      </app-state-box>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthOptionsStatus {
  protected readonly options = inject(AuthOptionsService);

  constructor() {
    this.options.ensureLoaded();
  }
}
