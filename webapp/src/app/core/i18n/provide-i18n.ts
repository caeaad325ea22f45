import { EnvironmentProviders, Provider, inject, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';

import { BundledTranslateLoader } from './bundled-translate.loader';
import { LanguageService } from './language.service';
import { DEFAULT_LANG } from './languages';
import { TranslatedTitleStrategy } from './translated-title.strategy';

/** Runtime i18n: ngx-translate with bundled ES/EN strings, initial language, localized titles. */
export function provideI18n(): (Provider | EnvironmentProviders)[] {
  return [
    provideTranslateService({
      loader: provideTranslateLoader(BundledTranslateLoader),
      fallbackLang: DEFAULT_LANG,
    }),
    provideAppInitializer(() => inject(LanguageService).init()),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ];
}
