import { Directive, input } from '@angular/core';

import { AdminDashboard } from '../../../core/dashboards/dashboard.model';
import { Lang } from '../../../core/i18n/languages';
import { injectChartOptions, injectDashboardText } from '../../../shared/dashboards/chart-kit';

/**
 * What the parts of the admin dashboard (activity, categories, top experts) share: the figures and
 * the language the page hands them, the options of their charts and their texts.
 */
@Directive()
export abstract class AdminDashboardPart {
  readonly figures = input.required<AdminDashboard>();
  readonly lang = input.required<Lang>();

  /** The options of a chart (still when the user asks for less motion). */
  protected readonly chart = injectChartOptions();
  /** A text of the admin dashboard, `adminDashboard.<key>` (follows the language). */
  protected readonly text = injectDashboardText('adminDashboard.', this.lang);
}
