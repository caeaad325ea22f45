import { TranslationsOf, mergeTranslations } from '../merge-translations';
import { TranslationBlock } from '../lazy-translations';
import { ADMIN_EN } from './admin.en';
import { ADMIN_ES } from './admin.es';
import { ADMIN_AUDIT_EN } from './admin-audit.en';
import { ADMIN_AUDIT_ES } from './admin-audit.es';
import { ADMIN_BOOKS_EN } from './admin-books.en';
import { ADMIN_BOOKS_ES } from './admin-books.es';
import { ADMIN_DASHBOARD_EN } from './admin-dashboard.en';
import { ADMIN_DASHBOARD_ES } from './admin-dashboard.es';
import { ADMIN_COST_CENTRES_EN } from './admin-cost-centres.en';
import { ADMIN_COST_CENTRES_ES } from './admin-cost-centres.es';
import { ADMIN_PAYMENTS_EN } from './admin-payments.en';
import { ADMIN_PAYMENTS_ES } from './admin-payments.es';
import { ADMIN_SESSIONS_EN } from './admin-sessions.en';
import { ADMIN_SESSIONS_ES } from './admin-sessions.es';

/**
 * The English texts of the administration pages (`/admin/…`, `features/admin`). Not in the
 * initial bundle ({@link EN}): they load with the admin routes, which add them to ngx-translate
 * (`provideTranslationBlock`). Their route titles and header entries (`titles.admin…`,
 * `nav.admin…`) stay in the shell's file, shown before the admin pages load.
 */
export const ADMIN_PAGES_EN = mergeTranslations(
  ADMIN_EN,
  ADMIN_PAYMENTS_EN,
  ADMIN_COST_CENTRES_EN,
  ADMIN_SESSIONS_EN,
  ADMIN_AUDIT_EN,
  ADMIN_BOOKS_EN,
  ADMIN_DASHBOARD_EN,
);

/** Same tree as {@link ADMIN_PAGES_EN}, in Spanish (checked by the compiler). */
export const ADMIN_PAGES_ES: TranslationsOf<typeof ADMIN_PAGES_EN> = mergeTranslations(
  ADMIN_ES,
  ADMIN_PAYMENTS_ES,
  ADMIN_COST_CENTRES_ES,
  ADMIN_SESSIONS_ES,
  ADMIN_AUDIT_ES,
  ADMIN_BOOKS_ES,
  ADMIN_DASHBOARD_ES,
);

/** The administration pages' texts in every language. */
export const ADMIN_PAGES_TRANSLATIONS: TranslationBlock = {
  en: ADMIN_PAGES_EN,
  es: ADMIN_PAGES_ES,
};
