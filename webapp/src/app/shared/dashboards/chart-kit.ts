import { DOCUMENT, Signal, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { ChartOptions } from 'chart.js';

import { formatMoney } from '../../core/experts/money';
import { Lang } from '../../core/i18n/languages';
import {
  CHART_COLOURS,
  ChartSetup,
  ValueFormat,
  chartOptions,
  prefersStill,
} from './chart-options';
import { FigureKind, formatFigure } from './dashboard-format';

/** The options of a dashboard chart (see {@link chartOptions}), still when the user asks. */
export type ChartOptionsOf = (setup: Omit<ChartSetup, 'still'>) => ChartOptions<'bar' | 'line'>;

/**
 * {@link chartOptions} with the user's wish for less motion already read (call in an injection
 * context): `chart({ value: figureAxis('minutes', lang), horizontal: true })`.
 */
export function injectChartOptions(): ChartOptionsOf {
  const still = prefersStill(inject(DOCUMENT));
  return (setup) => chartOptions({ ...setup, still });
}

/** A text of a dashboard, `<prefix><key>`. */
export type DashboardText = (key: string, params?: Record<string, unknown>) => string;

/**
 * The texts `<prefix><key>` of a dashboard for what Chart.js draws itself (the datasets' names,
 * the canvas' label): reads `lang`, so that a computed chart follows the language. Call in an
 * injection context.
 */
export function injectDashboardText(prefix: string, lang: Signal<Lang>): DashboardText {
  const translate = inject(TranslateService);
  return (key, params) => {
    lang();
    return translate.instant(prefix + key, params);
  };
}

/** An axis (and its tooltips) writing figures of a kind: `figureAxis('minutes', lang)`. */
export function figureAxis(kind: FigureKind, lang: Lang): ValueFormat {
  return (value) => formatFigure(value, kind, lang);
}

/** An axis (and its tooltips) writing amounts (minor units) in a currency. */
export function moneyAxis(currency: string, lang: Lang): ValueFormat {
  return (value) => formatMoney(value, currency, lang);
}

/**
 * A dataset drawn as rounded bars in the `colour`-th of {@link CHART_COLOURS}, a value per row,
 * with any more settings: `bars(label, 2, categories, (c) => c.sessions, { yAxisID: 'y1' })`.
 */
export function bars<R, More extends object = object>(
  label: string,
  colour: number,
  rows: readonly R[],
  value: (row: R) => number,
  more?: More,
) {
  return {
    label,
    data: rows.map(value),
    backgroundColor: CHART_COLOURS[colour],
    borderRadius: 4,
    ...(more as More),
  };
}

/**
 * A dataset drawn as a line in the `colour`-th of {@link CHART_COLOURS}, a value per row (`null`:
 * none, e.g. a week without reviews), with any more settings (`{ spanGaps: true }`).
 */
export function line<R, More extends object = object>(
  label: string,
  colour: number,
  rows: readonly R[],
  value: (row: R) => number | null,
  more?: More,
) {
  const hex = CHART_COLOURS[colour];
  return {
    label,
    data: rows.map(value),
    borderColor: hex,
    backgroundColor: hex,
    ...(more as More),
  };
}
