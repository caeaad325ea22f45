import { isIsoDate } from '../../core/billing/billing.model';

/** A period offered as one choice: its translation key and its dates (yyyy-mm-dd, inclusive). */
export interface PeriodPreset {
  readonly id: string;
  /** Translation key of its name, e.g. `dashboards.period.presets.days30`. */
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** Which dashboard: its choices of period and the one shown at first. */
export type DashboardKind = 'admin' | 'expert' | 'client';

const DAY_MS = 86_400_000;

/** yyyy-mm-dd of an instant (UTC). */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The last `days` days, today included (UTC). */
export function lastDays(now: number, days: number): DateRange {
  return { from: isoDay(now - (days - 1) * DAY_MS), to: isoDay(now) };
}

/**
 * The last `weeks` ISO weeks, as the server counts them: this week so far and the `weeks - 1` before it,
 * from a Monday to today.
 */
export function lastWeeks(now: number, weeks: number): DateRange {
  const sinceMonday = (new Date(now).getUTCDay() + 6) % 7;
  return { from: isoDay(now - (sinceMonday + 7 * (weeks - 1)) * DAY_MS), to: isoDay(now) };
}

/** The last `months` calendar months: from the first day of the month `months - 1` back, to today. */
export function lastMonths(now: number, months: number): DateRange {
  const today = new Date(now);
  return {
    from: isoDay(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (months - 1), 1)),
    to: isoDay(now),
  };
}

const CHOICES: Record<DashboardKind, readonly [string, (now: number) => DateRange][]> = {
  admin: [
    ['days7', (now) => lastDays(now, 7)],
    ['days30', (now) => lastDays(now, 30)],
    ['days90', (now) => lastDays(now, 90)],
    ['months12', (now) => lastMonths(now, 12)],
  ],
  expert: [4, 12, 26, 52].map((n) => [`weeks${n}`, (now: number) => lastWeeks(now, n)] as const),
  client: [3, 6, 12, 24].map((n) => [`months${n}`, (now: number) => lastMonths(now, n)] as const),
};

/** The period each dashboard shows unless the URL says otherwise (the server's default too). */
export const DEFAULT_PRESET: Record<DashboardKind, string> = {
  admin: 'days30',
  expert: 'weeks12',
  client: 'months12',
};

/** The choices of period of a dashboard, as of `now`. */
export function periodPresets(kind: DashboardKind, now: number): PeriodPreset[] {
  return CHOICES[kind].map(([id, range]) => ({
    id,
    label: `dashboards.period.presets.${id}`,
    ...range(now),
  }));
}

/** The preset with exactly these dates, if any. */
export function presetOf(presets: readonly PeriodPreset[], range: DateRange): PeriodPreset | null {
  return presets.find((p) => p.from === range.from && p.to === range.to) ?? null;
}

/** A date of the URL when it is a real yyyy-mm-dd, else `''`. */
export function urlDate(value: string | null): string {
  const text = (value ?? '').trim();
  return isIsoDate(text) ? text : '';
}
