import {
  EnvironmentProviders,
  Injectable,
  inject,
  provideEnvironmentInitializer,
} from '@angular/core';
import { TranslateService, TranslationObject } from '@ngx-translate/core';

import { DEFAULT_LANG, Lang, isLang } from './languages';

/**
 * The texts of a lazily loaded part of the app (e.g. the admin pages), in every language; their
 * top-level keys differ from the initial bundle's.
 */
export type TranslationBlock = Readonly<Record<Lang, TranslationObject>>;

/**
 * The blocks the lazily loaded parts have added so far, and the languages the loader has served:
 * a language served later comes with the blocks (`BundledTranslateLoader`); one served already
 * gets each new block merged in ({@link provideTranslationBlock}).
 */
@Injectable({ providedIn: 'root' })
export class LazyTranslations {
  private readonly blocks = new Set<TranslationBlock>();
  private readonly served = new Set<string>();

  /** `lang`'s initial `bundle` with the blocks added so far; `lang` counts as served from now. */
  serve(lang: string, bundle: TranslationObject): TranslationObject {
    this.served.add(lang);
    const texts = [...this.blocks].map((block) => block[textsLang(lang)]);
    return Object.assign({}, bundle, ...texts);
  }

  /** Adds `block` (once) and answers the languages served already, which lack it. */
  add(block: TranslationBlock): string[] {
    if (this.blocks.has(block)) {
      return [];
    }
    this.blocks.add(block);
    return [...this.served];
  }
}

/**
 * Route providers that add `block` to the translations when the route's injector is created,
 * i.e. when its lazy routes load (a link followed, or the page opened by its URL): merged at once
 * into the languages loaded, and served with the others when the user switches to them.
 *
 * ```ts
 * { path: '', providers: [provideTranslationBlock(ADMIN_PAGES_TRANSLATIONS)], children: [...] }
 * ```
 */
export function provideTranslationBlock(block: TranslationBlock): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    // First the service, so that its loader has served the languages it starts with.
    const translate = inject(TranslateService);
    for (const lang of inject(LazyTranslations).add(block)) {
      translate.setTranslation(lang, block[textsLang(lang)], true);
    }
  });
}

/** The block texts served for `lang` (English for a language the app does not have). */
function textsLang(lang: string): Lang {
  return isLang(lang) ? lang : DEFAULT_LANG;
}
