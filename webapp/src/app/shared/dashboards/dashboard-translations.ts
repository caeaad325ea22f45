import { EnvironmentProviders } from '@angular/core';

import { provideTranslationBlock } from '../../core/i18n/lazy-translations';
import { DASHBOARDS_TRANSLATIONS } from '../../core/i18n/translations/dashboards';

/**
 * The dashboards' texts (`core/i18n/translations/dashboards.ts`: the period form, the expert's and
 * the client's dashboards), added by the routes that show a dashboard as they load: the initial
 * bundle does without them. Specs that render a dashboard on its own provide them the same way.
 */
export function provideDashboardTranslations(): EnvironmentProviders {
  return provideTranslationBlock(DASHBOARDS_TRANSLATIONS);
}
