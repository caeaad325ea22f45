import { Injectable, inject } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';

import { LazyTranslations } from './lazy-translations';
import { Lang } from './languages';
import { EN } from './translations/en';
import { ES } from './translations/es';

const TRANSLATIONS: Record<Lang, TranslationObject> = { en: EN, es: ES };

/**
 * Serves the translations compiled into the bundle: no extra HTTP round trip,
 * no flash of untranslated keys, and the files are content-hashed with the app
 * so a deployment never mixes old strings with new code. The initial bundle lacks
 * the lazily loaded parts' texts (the admin pages'): they come with those parts
 * ({@link LazyTranslations}), and a language loaded after them includes them.
 */
@Injectable()
export class BundledTranslateLoader implements TranslateLoader {
  private readonly lazy = inject(LazyTranslations);

  getTranslation(lang: string): Observable<TranslationObject> {
    return of(this.lazy.serve(lang, TRANSLATIONS[lang as Lang] ?? EN));
  }
}
