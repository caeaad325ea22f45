import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { Icon } from '../../shared/ui/icon/icon';
import { CostCentreReportView } from './report/cost-centre-report';

/**
 * `/cost-centres/:code/report`: a cost centre's monthly report for its approvers (administrators
 * have it on the centre's admin page); the server answers 403 to anyone else, shown as the error.
 */
@Component({
  selector: 'app-cost-centre-report-page',
  imports: [RouterLink, TranslatePipe, Icon, CostCentreReportView],
  template: `
    <section
      class="container detail-page"
      data-testid="cost-centre-report-page"
      aria-labelledby="cc-report-title"
      [attr.data-code]="code()"
    >
      <a class="back-link" routerLink="/approvals" data-testid="cost-centre-report-back">
        <app-icon name="arrowLeft" />{{ 'ccReport.back' | translate }}
      </a>
      <header class="page-hero">
        <p class="eyebrow">{{ 'ccReport.eyebrow' | translate }}</p>
        <h1 id="cc-report-title">{{ 'ccReport.title' | translate: { code: code() } }}</h1>
        <p class="page-hero__lead">{{ 'ccReport.lead' | translate }}</p>
      </header>
      <app-cost-centre-report [code]="code()" />
    </section>
  `,
  styles: `
    :host {
      display: block;
      padding-block-end: clamp(2rem, 6vw, 4rem);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CostCentreReportPage {
  /** Route parameter `:code`. */
  readonly code = input.required<string>();
}
