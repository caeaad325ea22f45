import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { AuthService } from '../../core/auth/auth.service';
import { Icon } from '../../shared/ui/icon/icon';
import { StatusPage } from '../../shared/ui/status-page/status-page';

/** Shown (keeping the requested URL) when the signed-in user's role does not allow a page. */
@Component({
  selector: 'app-forbidden',
  imports: [RouterLink, TranslatePipe, Icon, StatusPage],
  template: `
    <app-status-page testId="forbidden" keys="forbidden" icon="shield" tone="danger">
      <div class="forbidden__actions">
        <a class="btn btn--primary btn--lg" routerLink="/" data-testid="forbidden-home">
          <app-icon name="arrowLeft" />{{ 'forbidden.home' | translate }}
        </a>
        @if (!signedIn()) {
          <a class="btn btn--ghost btn--lg" routerLink="/login">{{ 'nav.login' | translate }}</a>
        }
      </div>
    </app-status-page>
  `,
  styles: `
    .forbidden__actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--space-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Forbidden {
  protected readonly signedIn = inject(AuthService).isAuthenticated;
}
