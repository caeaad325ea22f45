import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { AuthOptionsService } from '../../core/auth/auth-options.service';
import { Icon } from '../../shared/ui/icon/icon';

/**
 * "Sign in with {{label}}": starts single sign-on with a full page load (the provider's pages
 * follow), coming back to `returnTo`. Shown only where the desk has single sign-on. Test id
 * `sso-start`.
 */
@Component({
  selector: 'app-sso-button',
  imports: [TranslatePipe, Icon],
  template: `
    @let label = options.options()?.label?.trim();
    <button
      type="button"
      class="btn btn--primary btn--lg btn--block"
      data-testid="sso-start"
      [disabled]="leaving()"
      (click)="start()"
    >
      @if (leaving()) {
        <span class="spinner" aria-hidden="true"></span>{{ 'auth.sso.redirecting' | translate }}
      } @else {
        <app-icon name="login" />{{
          label
            ? ('auth.sso.button' | translate: { label })
            : ('auth.sso.buttonGeneric' | translate)
        }}
      }
    </button>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    // Back from the provider's page (the browser's back/forward cache): the button works again.
    '(window:pageshow)': 'leaving.set(false)',
  },
})
export class SsoButton {
  protected readonly options = inject(AuthOptionsService);
  /** The in-app path to come back to once signed in. */
  readonly returnTo = input('/');
  protected readonly leaving = signal(false);

  protected start(): void {
    this.leaving.set(true);
    this.options.startSso(this.returnTo());
  }
}
