import { Pipe, PipeTransform } from '@angular/core';

import { Lang } from '../../core/i18n/languages';

/** How much of the time to show: minutes (lists) or seconds (an event log). */
export type TimeDetail = 'short' | 'medium';

const formats = new Map<string, Intl.DateTimeFormat>();

/** An ISO-8601 instant as a date and time in the UI language; '' when missing or invalid. */
export function formatDateTime(
  iso: string | null | undefined,
  lang: Lang,
  time: TimeDetail = 'short',
): string {
  const date = new Date(iso ?? '');
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const key = `${lang}|${time}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: time });
    formats.set(key, format);
  }
  return format.format(date);
}

/** `{{ payout.createdAt | dateTime: lang() }}` → "Mar 2, 2026, 9:00 AM" (see `formatDateTime`). */
@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: Lang, time: TimeDetail = 'short'): string {
    return formatDateTime(iso, lang, time);
  }
}

const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** The time of day of an ISO-8601 instant in the UI language ("10:17" / "10:17 AM"); '' when invalid. */
export function formatTimeOfDay(iso: string | null | undefined, lang: Lang): string {
  const date = new Date(iso ?? '');
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
    timeFormats.set(lang, format);
  }
  return format.format(date);
}

/** `{{ approval.expiresAt | timeOfDay: lang() }}` → "10:17 AM" (see `formatTimeOfDay`). */
@Pipe({ name: 'timeOfDay' })
export class TimeOfDayPipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: Lang): string {
    return formatTimeOfDay(iso, lang);
  }
}
