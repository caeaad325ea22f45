import { EnvironmentProviders } from '@angular/core';

import { provideTranslationBlock } from '../../core/i18n/lazy-translations';
import { ADMIN_PAGES_TRANSLATIONS } from '../../core/i18n/translations/admin-pages';

/**
 * The admin pages' texts (`core/i18n/translations/admin-pages.ts`), added to the translations by
 * the admin routes as they load: the initial bundle does without them. Specs that render an
 * admin page on its own provide them the same way.
 */
export function provideAdminTranslations(): EnvironmentProviders {
  return provideTranslationBlock(ADMIN_PAGES_TRANSLATIONS);
}
