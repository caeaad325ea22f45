import { TurnoverPeriod, TurnoverRow } from '../../../core/books/admin-books.model';
import { Lang } from '../../../core/i18n/languages';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${lang}|${key}`;
  let found = formats.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formats.set(id, found);
  }
  return found;
}

/** A yyyy-mm-dd day as a date in the UI language ("Dec 7, 2026"); the text itself when invalid. */
export function formatDay(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : format(lang, { dateStyle: 'medium' }, 'day').format(date);
}

/**
 * A period's label: its day ("Dec 7, 2026"), its month ("Dec 2026") or, for a week, its ISO name
 * ("2026-W49"), which the table follows with its first day.
 */
export function periodLabel(row: TurnoverRow, period: TurnoverPeriod, lang: Lang): string {
  const date = new Date(`${row.start}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || period === 'week') {
    return row.period;
  }
  return period === 'day'
    ? formatDay(row.start, lang)
    : format(lang, { month: 'short', year: 'numeric' }, 'month').format(date);
}

/** yyyy-mm-dd of an instant (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The default range: the first day of the month eleven months back (UTC) to today. */
export function lastTwelveMonths(now: number): { from: string; to: string } {
  const today = new Date(now);
  const from = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1);
  return { from: isoDay(from), to: isoDay(now) };
}
