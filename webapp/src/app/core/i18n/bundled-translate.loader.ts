import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';

import { Lang } from './languages';
import { EN } from './translations/en';
import { ES } from './translations/es';

const TRANSLATIONS: Record<Lang, TranslationObject> = { en: EN, es: ES };

/**
 * Serves the translations compiled into the bundle: no extra HTTP round trip,
 * no flash of untranslated keys, and the files are content-hashed with the app
 * so a deployment never mixes old strings with new code.
 */
@Injectable()
export class BundledTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(TRANSLATIONS[lang as Lang] ?? EN);
  }
}
