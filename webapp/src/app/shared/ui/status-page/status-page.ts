import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon, IconName } from '../icon/icon';

/**
 * A full-page status message (404, 403, …): round icon, code, title and text from the
 * translation keys `<keys>.code|title|text`; the actions are projected underneath.
 */
@Component({
  selector: 'app-status-page',
  imports: [TranslatePipe, Icon],
  template: `
    <section
      class="container status-page"
      [class.status-page--danger]="tone() === 'danger'"
      [attr.data-testid]="testId()"
      [attr.aria-labelledby]="testId() + '-title'"
    >
      <span class="status-page__icon" aria-hidden="true"><app-icon [name]="icon()" /></span>
      <p class="status-page__code" aria-hidden="true">{{ keys() + '.code' | translate }}</p>
      <h1 [id]="testId() + '-title'">{{ keys() + '.title' | translate }}</h1>
      <p class="status-page__text">{{ keys() + '.text' | translate }}</p>
      <ng-content />
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .status-page {
      --status-color: var(--color-primary);
      --status-soft: var(--color-primary-soft);
      display: grid;
      justify-items: center;
      text-align: center;
      padding-block: clamp(3rem, 10vw, 7rem);
    }
    .status-page--danger {
      --status-color: var(--color-danger);
      --status-soft: var(--color-danger-soft);
    }
    .status-page__icon {
      display: grid;
      place-items: center;
      inline-size: 4.5rem;
      block-size: 4.5rem;
      border-radius: 50%;
      background: var(--status-soft);
      color: var(--status-color);
      font-size: 2.25rem;
    }
    .status-page__code {
      margin: var(--space-4) 0 0;
      font-size: var(--text-sm);
      font-weight: 800;
      letter-spacing: 0.2em;
      color: var(--status-color);
    }
    h1 {
      margin: var(--space-2) 0 var(--space-3);
    }
    .status-page__text {
      margin: 0 0 var(--space-8);
      color: var(--color-text-muted);
      max-inline-size: 32rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusPage {
  /** `data-testid` of the section; also the prefix of the heading id (`<testId>-title`). */
  readonly testId = input.required<string>();
  /** Translation key prefix, e.g. "notFound". */
  readonly keys = input.required<string>();
  readonly icon = input.required<IconName>();
  readonly tone = input<'primary' | 'danger'>('primary');
}
