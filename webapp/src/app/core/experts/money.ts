/**
 * Money in integer minor units. Amounts are never summed or multiplied as floating point:
 * user input is parsed digit by digit, and numbers are only divided for display.
 */

/**
 * ISO 4217 minor units of the currencies that do not use 2 (every other currency, including
 * unknown codes, uses 2). A fixed table rather than the browser's Intl data, whose CLDR digits
 * differ between versions (e.g. COP) and from the server's.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Currencies offered in the expert profile editor. */
export const CURRENCIES: readonly string[] = [
  'EUR',
  'USD',
  'GBP',
  'MXN',
  'ARS',
  'COP',
  'CLP',
  'PEN',
  'UYU',
  'BRL',
  'CHF',
  'CAD',
];

/** Number of decimals of `currency` (2 when unknown). */
export function currencyDigits(currency: string): number {
  return MINOR_UNITS[(currency ?? '').toUpperCase()] ?? 2;
}

const formats = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(currency: string, locale: string): Intl.NumberFormat | null {
  const key = `${locale}|${currency}`;
  if (!formats.has(key)) {
    const digits = currencyDigits(currency);
    let format: Intl.NumberFormat | null;
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    } catch {
      format = null; // not a valid ISO 4217 code
    }
    formats.set(key, format);
  }
  return formats.get(key) ?? null;
}

/** `minor` as a localized amount, e.g. (150, "EUR", "es") → "1,50 €"; (150, "JPY", "en") → "¥150". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  if (!Number.isFinite(minor)) {
    return '';
  }
  const format = currencyFormat(currency, locale);
  if (!format) {
    return `${minorToMajor(minor, currency)} ${currency}`;
  }
  return format.format(minor / 10 ** currencyDigits(currency));
}

/**
 * A movement of money with its sign always shown: (150, "EUR", "en") → "+€1.50",
 * (-150, …) → "−€1.50" (a real minus sign), 0 → "€0.00".
 */
export function formatSignedMoney(minor: number, currency: string, locale: string): string {
  if (!Number.isFinite(minor)) {
    return '';
  }
  const sign = minor > 0 ? '+' : minor < 0 ? '\u2212' : '';
  return sign + formatMoney(Math.abs(minor), currency, locale);
}

/** `minor` as a plain decimal string for an input: (150, "EUR") → "1.50", (5, "EUR") → "0.05". */
export function minorToMajor(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) {
    return '';
  }
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) {
    return sign + text;
  }
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * Parses an amount typed in major units into integer minor units, exactly (string arithmetic, no
 * float multiplication): "1.5" → 150, "0.05" → 5, "12" → 1200 for EUR; "12" → 12 for JPY.
 * A comma works as the decimal separator too ("1,50"). Returns null for anything else: empty,
 * negative, thousands separators, letters, or more decimals than the currency has (unless the
 * extra ones are zeros: "1.500" → 150).
 */
export function parseMajorToMinor(text: string, currency: string): number | null {
  const match = /^(?:(\d+)(?:[.,](\d*))?|[.,](\d+))$/.exec((text ?? '').trim());
  if (!match) {
    return null;
  }
  const digits = currencyDigits(currency);
  const whole = match[1] ?? '0';
  let fraction = match[2] ?? match[3] ?? '';
  if (fraction.length > digits) {
    if (/[^0]/.test(fraction.slice(digits))) {
      return null;
    }
    fraction = fraction.slice(0, digits);
  }
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}
