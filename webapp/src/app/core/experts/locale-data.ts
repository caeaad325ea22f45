/** Languages, currencies and time zones for pickers, with names in the UI language (Intl). */

/** ISO 639-1 languages offered in pickers (others still show when the data has them). */
export const LANGUAGE_CODES: readonly string[] = [
  'es',
  'en',
  'pt',
  'fr',
  'de',
  'it',
  'ca',
  'eu',
  'gl',
  'nl',
  'pl',
  'ro',
  'ru',
  'uk',
  'sv',
  'da',
  'no',
  'fi',
  'el',
  'cs',
  'hu',
  'tr',
  'ar',
  'he',
  'hi',
  'zh',
  'ja',
  'ko',
  'id',
  'vi',
];

/** Used when the browser cannot list its time zones. */
export const FALLBACK_TIME_ZONES: readonly string[] = [
  'UTC',
  'Europe/Madrid',
  'Atlantic/Canary',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Rome',
  'America/Mexico_City',
  'America/Bogota',
  'America/Lima',
  'America/Santiago',
  'America/Argentina/Buenos_Aires',
  'America/Montevideo',
  'America/Caracas',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Australia/Sydney',
];

const displayNames = new Map<string, Intl.DisplayNames | null>();

function names(locale: string, type: 'language' | 'currency'): Intl.DisplayNames | null {
  const key = `${locale}|${type}`;
  if (!displayNames.has(key)) {
    let value: Intl.DisplayNames | null;
    try {
      value = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    } catch {
      value = null;
    }
    displayNames.set(key, value);
  }
  return displayNames.get(key) ?? null;
}

function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "en" → "English" / "Inglés"; the code itself when unknown. */
export function languageName(code: string, locale: string): string {
  let name: string | undefined;
  try {
    name = names(locale, 'language')?.of(code);
  } catch {
    name = undefined; // not a well-formed code
  }
  return name ? capitalize(name, locale) : code;
}

/** "EUR" → "Euro"; the code itself when unknown. */
export function currencyName(code: string, locale: string): string {
  let name: string | undefined;
  try {
    name = names(locale, 'currency')?.of(code);
  } catch {
    name = undefined;
  }
  return name ? capitalize(name, locale) : code;
}

/** The IANA time zones this browser knows (a short list when it cannot tell). */
export function timeZones(): string[] {
  try {
    const zones = Intl.supportedValuesOf('timeZone');
    if (zones.length > 0) {
      return [...zones];
    }
  } catch {
    // older browser
  }
  return [...FALLBACK_TIME_ZONES];
}

/** This browser's time zone, e.g. "Europe/Madrid" ("UTC" when unknown). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** `values` sorted by their display name in `locale`. */
export function sortByName<T>(values: T[], name: (value: T) => string, locale: string): T[] {
  const collator = new Intl.Collator(locale);
  return [...values].sort((a, b) => collator.compare(name(a), name(b)));
}
