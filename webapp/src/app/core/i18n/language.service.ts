import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import { DEFAULT_LANG, LANG_STORAGE_KEY, Lang, SUPPORTED_LANGS, isLang } from './languages';

/**
 * Owns the current UI language: picks the initial one, switches it at runtime,
 * remembers explicit choices and keeps `<html lang>` in sync.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);

  private readonly current = signal<Lang>(DEFAULT_LANG);

  /** The current UI language. */
  readonly lang = this.current.asReadonly();
  readonly supported = SUPPORTED_LANGS;

  /** Applies the initial language (stored choice, else browser, else English). Not persisted. */
  init(): void {
    this.translate.setFallbackLang(DEFAULT_LANG);
    this.apply(this.initialLang());
  }

  /** Switches the UI language now and remembers the choice. */
  use(lang: Lang): void {
    this.apply(lang);
    this.store(lang);
  }

  /** Stored choice (`skillfast.lang`), else `navigator.language` starting with "es", else "en". */
  initialLang(): Lang {
    const stored = this.read();
    if (isLang(stored)) {
      return stored;
    }
    const browser = this.document.defaultView?.navigator?.language?.toLowerCase() ?? '';
    return browser.startsWith('es') ? 'es' : DEFAULT_LANG;
  }

  private apply(lang: Lang): void {
    this.current.set(lang);
    this.translate.use(lang);
    this.document.documentElement.lang = lang;
  }

  private read(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY) ?? null;
    } catch {
      return null; // storage disabled (privacy mode, sandboxed frame…)
    }
  }

  private store(lang: Lang): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // storage disabled: the choice simply lasts for this page load
    }
  }
}
