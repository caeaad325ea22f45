import { Pipe, PipeTransform } from '@angular/core';

import { Lang } from '../../core/i18n/languages';

/** What a figure is: a count, minutes, a rate (0…1), seconds or a rating (1…5). */
export type FigureKind = 'count' | 'minutes' | 'percent' | 'seconds' | 'rating';

/** What a figure the server left out (nothing to measure) shows. */
export const NO_FIGURE = '—';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(
  lang: Lang,
  key: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const id = `${lang}|${key}`;
  let found = numberFormats.get(id);
  if (!found) {
    found = new Intl.NumberFormat(lang, options);
    numberFormats.set(id, found);
  }
  return found;
}

/**
 * A figure in the UI language: 1234 → "1,234" (count), 45.5 → "45.5" (minutes), 0.769 → "76.9%",
 * 12.3 → "12.3 sec" (seconds; minutes from 90 s on), 4.667 → "4.67" (rating); "—" when absent.
 */
export function formatFigure(
  value: number | null | undefined,
  kind: FigureKind,
  lang: Lang,
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return NO_FIGURE;
  }
  switch (kind) {
    case 'count':
      return numberFormat(lang, kind, { maximumFractionDigits: 0 }).format(value);
    case 'minutes':
      return numberFormat(lang, kind, { maximumFractionDigits: 1 }).format(value);
    case 'percent':
      return numberFormat(lang, kind, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'rating':
      return numberFormat(lang, kind, { maximumFractionDigits: 2 }).format(value);
    case 'seconds':
      return value < 90
        ? numberFormat(lang, 'sec', unit('second')).format(value)
        : numberFormat(lang, 'min', unit('minute')).format(value / 60);
  }
}

function unit(name: 'second' | 'minute'): Intl.NumberFormatOptions {
  return { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 1 };
}

/** `{{ totals.minutes | figure: 'minutes' : lang() }}` → "45.5". */
@Pipe({ name: 'figure' })
export class FigurePipe implements PipeTransform {
  transform(value: number | null | undefined, kind: FigureKind, lang: Lang): string {
    return formatFigure(value, kind, lang);
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(
  lang: Lang,
  key: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const id = `${lang}|${key}`;
  let found = dateFormats.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    dateFormats.set(id, found);
  }
  return found;
}

/** A day (yyyy-mm-dd) short, "Nov 8" (a week by its Monday too); the text itself when invalid. */
export function shortDay(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : dateFormat(lang, 'short', { day: 'numeric', month: 'short' }).format(date);
}

/** A day (yyyy-mm-dd) in full, "Nov 8, 2026"; the text itself when invalid. */
export function longDay(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : dateFormat(lang, 'long', { dateStyle: 'medium' }).format(date);
}

/** A month (yyyy-mm), "Dec 2026"; the text itself when invalid. */
export function monthLabel(month: string, lang: Lang): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? month
    : dateFormat(lang, 'month', { month: 'short', year: 'numeric' }).format(date);
}
