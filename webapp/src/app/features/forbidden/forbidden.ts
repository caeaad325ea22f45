import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { AuthService } from '../../core/auth/auth.service';
import { Icon } from '../../shared/ui/icon/icon';

/** Shown (keeping the requested URL) when the signed-in user's role does not allow a page. */
@Component({
  selector: 'app-forbidden',
  imports: [RouterLink, TranslatePipe, Icon],
  template: `
    <section class="container forbidden" data-testid="forbidden" aria-labelledby="forbidden-title">
      <span class="forbidden__icon" aria-hidden="true"><app-icon name="shield" /></span>
      <p class="forbidden__code" aria-hidden="true">{{ 'forbidden.code' | translate }}</p>
      <h1 id="forbidden-title">{{ 'forbidden.title' | translate }}</h1>
      <p class="forbidden__text">{{ 'forbidden.text' | translate }}</p>
      <div class="forbidden__actions">
        <a class="btn btn--primary btn--lg" routerLink="/" data-testid="forbidden-home">
          <app-icon name="arrowLeft" />{{ 'forbidden.home' | translate }}
        </a>
        @if (!signedIn()) {
          <a class="btn btn--ghost btn--lg" routerLink="/login">{{ 'nav.login' | translate }}</a>
        }
      </div>
    </section>
  `,
  styles: `
    .forbidden {
      display: grid;
      justify-items: center;
      text-align: center;
      padding-block: clamp(3rem, 10vw, 7rem);
    }
    .forbidden__icon {
      display: grid;
      place-items: center;
      inline-size: 4.5rem;
      block-size: 4.5rem;
      border-radius: 50%;
      background: var(--color-danger-soft);
      color: var(--color-danger);
      font-size: 2.25rem;
    }
    .forbidden__code {
      margin: var(--space-4) 0 0;
      font-size: var(--text-sm);
      font-weight: 800;
      letter-spacing: 0.2em;
      color: var(--color-danger);
    }
    h1 {
      margin: var(--space-2) 0 var(--space-3);
    }
    .forbidden__text {
      margin: 0 0 var(--space-8);
      color: var(--color-text-muted);
      max-inline-size: 32rem;
    }
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
