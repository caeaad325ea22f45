import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon } from '../../shared/ui/icon/icon';

/** Friendly 404 for any unknown route. */
@Component({
  selector: 'app-not-found',
  imports: [RouterLink, TranslatePipe, Icon],
  template: `
    <section class="container not-found" data-testid="not-found" aria-labelledby="not-found-title">
      <span class="not-found__icon" aria-hidden="true"><app-icon name="compass" /></span>
      <p class="not-found__code" aria-hidden="true">{{ 'notFound.code' | translate }}</p>
      <h1 id="not-found-title">{{ 'notFound.title' | translate }}</h1>
      <p class="not-found__text">{{ 'notFound.text' | translate }}</p>
      <a class="btn btn--primary btn--lg" routerLink="/" data-testid="not-found-home">
        <app-icon name="arrowLeft" />{{ 'notFound.home' | translate }}
      </a>
    </section>
  `,
  styles: `
    .not-found {
      display: grid;
      justify-items: center;
      text-align: center;
      padding-block: clamp(3rem, 10vw, 7rem);
    }
    .not-found__icon {
      display: grid;
      place-items: center;
      inline-size: 4.5rem;
      block-size: 4.5rem;
      border-radius: 50%;
      background: var(--color-primary-soft);
      color: var(--color-primary);
      font-size: 2.25rem;
    }
    .not-found__code {
      margin: var(--space-4) 0 0;
      font-size: var(--text-sm);
      font-weight: 800;
      letter-spacing: 0.2em;
      color: var(--color-primary);
    }
    h1 {
      margin: var(--space-2) 0 var(--space-3);
    }
    .not-found__text {
      margin: 0 0 var(--space-8);
      color: var(--color-text-muted);
      max-inline-size: 32rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotFound {}
