/** Languages the UI is translated into. */
export const SUPPORTED_LANGS = ['es', 'en'] as const;

export type Lang = (typeof SUPPORTED_LANGS)[number];

/** Used when neither a stored choice nor the browser language gives a supported language. */
export const DEFAULT_LANG: Lang = 'en';

/** localStorage key holding the language explicitly chosen by the user. */
export const LANG_STORAGE_KEY = 'skillfast.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (SUPPORTED_LANGS as readonly string[]).includes(value);
}
