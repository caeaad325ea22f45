import { TranslationBlock } from '../lazy-translations';
import { DASHBOARDS_EN } from './dashboards.en';
import { DASHBOARDS_ES } from './dashboards.es';

/**
 * The dashboards' texts in every language (`/dashboard`, and the period form of
 * `/admin/dashboard`). Not in the initial bundle ({@link EN}): they load with those routes
 * (`provideDashboardTranslations`). Their route titles and header entries stay in the shell's file.
 */
export const DASHBOARDS_TRANSLATIONS: TranslationBlock = {
  en: DASHBOARDS_EN,
  es: DASHBOARDS_ES,
};
