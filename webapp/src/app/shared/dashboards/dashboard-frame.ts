import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  TemplateRef,
  computed,
  contentChild,
  inject,
  input,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Loadable } from '../../core/http/load-each-query';
import { LanguageService } from '../../core/i18n/language.service';
import { Lang } from '../../core/i18n/languages';
import { Icon, IconName } from '../ui/icon/icon';
import { Loaded } from '../ui/load-view/load-templates';
import { LoadView } from '../ui/load-view/load-view';
import { PageHero } from '../ui/page-hero/page-hero';
import { StateBox } from '../ui/state-box/state-box';
import { longDay } from './dashboard-format';
import { DashboardFigures, DashboardKpi, kpiAmount, kpiText } from './dashboard-kpis';
import { DashboardPeriod } from './dashboard-period';
import { DashboardKind } from './dashboard-period.model';
import { DashboardPeriod as UrlPeriod } from './dashboard-url';

/** What the charts of a dashboard are drawn with: its figures and the UI language. */
export interface DashboardChartsContext<F> {
  readonly $implicit: F;
  readonly lang: Lang;
}

/**
 * What a dashboard shows under its KPIs once its figures are there and not empty (its charts):
 * `<ng-template [appDashboardCharts]="figures" let-f let-lng="lang">`. Names the figures the
 * dashboard loads (which its frame follows) and types `let-f` as their result.
 */
@Directive({ selector: 'ng-template[appDashboardCharts]' })
export class DashboardChartsTemplate<F> {
  readonly source = input.required<Loadable<F>>({ alias: 'appDashboardCharts' });
  readonly template = inject<TemplateRef<DashboardChartsContext<F>>>(TemplateRef);

  static ngTemplateContextGuard<F>(
    _dir: DashboardChartsTemplate<F>,
    context: unknown,
  ): context is DashboardChartsContext<F> {
    return true;
  }
}

/**
 * The page around a dashboard's figures (admin, expert, client): the heading (with anything
 * projected under it), the period form, the figures' loading and error states and, once loaded,
 * the period and currency, the KPI cards and the charts of the `appDashboardCharts` template, or
 * an empty state when nothing happened in the period. Texts: `<texts>.eyebrow|title|lead`,
 * `<texts>.loading|errorTitle`, `<texts>.empty|emptyHint`; test ids: `<kind>-dashboard`,
 * `dashboard-result`, `dashboard-range`, `dashboard-empty`, `dashboard-loading|error|retry`,
 * and each KPI's.
 *
 * ```html
 * <app-dashboard-frame kind="client" texts="dashboards.client" emptyIcon="wallet"
 *   [period]="period" [kpis]="kpis" [empty]="isEmpty">
 *   <ng-template [appDashboardCharts]="figures" let-f let-lng="lang">…</ng-template>
 * </app-dashboard-frame>
 * ```
 */
@Component({
  selector: 'app-dashboard-frame',
  imports: [
    NgTemplateOutlet,
    TranslatePipe,
    DashboardPeriod,
    Icon,
    LoadView,
    Loaded,
    PageHero,
    StateBox,
  ],
  template: `
    <section
      class="container page-stack dashboard"
      [class.admin]="kind() === 'admin'"
      [attr.data-testid]="kind() + '-dashboard'"
      [attr.aria-labelledby]="kind() + '-dashboard-title'"
    >
      <header appPageHero [texts]="texts()" [titleId]="kind() + '-dashboard-title'">
        <ng-content />
      </header>

      <app-dashboard-period
        [presets]="period().presets"
        [range]="period().shown()"
        (applied)="period().apply($event)"
      />

      <app-load-view testId="dashboard" [texts]="texts()">
        <ng-template [appLoaded]="figures()" let-f>
          @let lng = lang();
          <div
            class="dashboard__body"
            data-testid="dashboard-result"
            [attr.data-from]="f.from"
            [attr.data-to]="f.to"
            [attr.data-currency]="kind() === 'admin' ? f.currency : null"
            [attr.aria-busy]="figures().loading()"
            [class.is-loading]="figures().loading()"
          >
            <p class="dashboard__range" data-testid="dashboard-range">
              {{
                'dashboards.range'
                  | translate: { from: day(f.from, lng), to: day(f.to, lng), currency: f.currency }
              }}
            </p>
            <dl class="totals dashboard__kpis">
              @for (card of kpis(); track card.testId) {
                <div class="card totals__item" [class.totals__item--main]="card.main">
                  <dt>
                    @if (card.icon; as icon) {
                      <app-icon [name]="icon" />
                    }
                    {{ card.label | translate }}
                  </dt>
                  <dd [attr.data-testid]="card.testId" [attr.data-amount]="amount(card, f)">
                    {{ text(card, f, lng) }}
                  </dd>
                </div>
              }
            </dl>

            @if (empty()(f)) {
              <app-state-box testId="dashboard-empty">
                <span class="state-box__icon" aria-hidden="true"
                  ><app-icon [name]="emptyIcon()"
                /></span>
                <p class="state-box__title">{{ texts() + '.empty' | translate }}</p>
                <p>{{ texts() + '.emptyHint' | translate }}</p>
              </app-state-box>
            } @else {
              <div class="dashboard__charts">
                <ng-container
                  *ngTemplateOutlet="charts().template; context: { $implicit: f, lang: lng }"
                />
              </div>
            }
          </div>
        </ng-template>
      </app-load-view>
    </section>
  `,
  styleUrl: './dashboard-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardFrame<F extends DashboardFigures> {
  /** Which dashboard: the test id `<kind>-dashboard` and the id of its heading. */
  readonly kind = input.required<DashboardKind>();
  /** Translation prefix, e.g. `dashboards.client` or `adminDashboard`. */
  readonly texts = input.required<string>();
  /** The period of the URL, which the page loads its figures for. */
  readonly period = input.required<UrlPeriod>();
  readonly kpis = input.required<readonly DashboardKpi<F>[]>();
  /** Nothing to chart in the period: the empty state, under this icon, instead of the charts. */
  readonly empty = input.required<(figures: F) => boolean>();
  readonly emptyIcon = input.required<IconName>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly charts =
    contentChild.required<DashboardChartsTemplate<F>>(DashboardChartsTemplate);
  protected readonly figures = computed(() => this.charts().source());
  protected readonly day = longDay;
  protected readonly text = kpiText;
  protected readonly amount = kpiAmount;
}
