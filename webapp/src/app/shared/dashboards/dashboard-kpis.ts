import { formatMoney } from '../../core/experts/money';
import { Lang } from '../../core/i18n/languages';
import { IconName } from '../ui/icon/icon';
import { FigureKind, formatFigure } from './dashboard-format';

/** What every dashboard's figures hold: the period shown and the currency of the amounts. */
export interface DashboardFigures {
  readonly from: string;
  readonly to: string;
  readonly currency: string;
}

/** How a KPI shows its value: as a figure of that kind, or as an amount (minor units). */
export type KpiFormat = FigureKind | 'money';

/** How a KPI card looks besides its label: an icon before it, or in green (the main figure). */
export interface KpiLook {
  readonly icon?: IconName;
  readonly main?: boolean;
}

/**
 * A KPI card of a dashboard (a `<dt>` with the label, a `<dd>` with the value and the test id;
 * an amount also as `data-amount`), as {@link DashboardFrame} draws it.
 */
export interface DashboardKpi<F> extends KpiLook {
  readonly testId: string;
  /** Translation key of the label. */
  readonly label: string;
  readonly format: KpiFormat;
  readonly value: (figures: F) => number | null | undefined;
}

/** `kpi('dashboard-spent', 'dashboards.client.spent', 'money', (f) => f.totals.spent)`. */
export function kpi<F>(
  testId: string,
  label: string,
  format: KpiFormat,
  value: (figures: F) => number | null | undefined,
  look: KpiLook = {},
): DashboardKpi<F> {
  return { testId, label, format, value, ...look };
}

/** A KPI's value as shown: a figure ("—" when absent), an amount in the figures' currency. */
export function kpiText<F extends DashboardFigures>(
  card: DashboardKpi<F>,
  figures: F,
  lang: Lang,
): string {
  const value = card.value(figures);
  if (card.format !== 'money') {
    return formatFigure(value, card.format, lang);
  }
  return typeof value === 'number' ? formatMoney(value, figures.currency, lang) : '';
}

/** The `data-amount` of a KPI: its value when an amount, else none. */
export function kpiAmount<F>(card: DashboardKpi<F>, figures: F): number | null | undefined {
  return card.format === 'money' ? card.value(figures) : null;
}

/** Figures with the sessions of the period and their minutes. */
interface SessionTotals {
  readonly totals: { readonly sessions: number; readonly minutes: number };
}

/**
 * The KPIs every dashboard opens with: its sessions and their minutes (test ids
 * `dashboard-sessions` and `dashboard-minutes`, labels `<prefix>sessions` and `<prefix>minutes`).
 */
export function sessionKpis<F extends SessionTotals>(prefix: string): DashboardKpi<F>[] {
  return [
    kpi('dashboard-sessions', prefix + 'sessions', 'count', (f) => f.totals.sessions),
    kpi('dashboard-minutes', prefix + 'minutes', 'minutes', (f) => f.totals.minutes),
  ];
}
