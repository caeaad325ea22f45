import { CostCentreReport, isMonth } from '../../../core/cost-centres/cost-centre.model';
import { Lang } from '../../../core/i18n/languages';

/** One day of the month with what was spent on it (minor units). */
export interface DaySpending {
  /** "YYYY-MM-DD". */
  date: string;
  /** "Mar 2" / "2 mar". */
  label: string;
  amount: number;
}

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

function format(cache: Map<Lang, Intl.DateTimeFormat>, lang: Lang, options: object) {
  let value = cache.get(lang);
  if (!value) {
    value = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    cache.set(lang, value);
  }
  return value;
}

/**
 * Every day of the report's month with what was spent on it (0 for days the report does not
 * list), for the bar chart and its table. Days outside the month are left out.
 */
export function dailySpending(report: CostCentreReport, lang: Lang): DaySpending[] {
  if (!isMonth(report.month)) {
    return report.days.map((d) => ({ ...d, label: d.date }));
  }
  const [year, month] = report.month.split('-').map(Number);
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const byDate = new Map<string, number>();
  for (const day of report.days ?? []) {
    byDate.set(
      day.date,
      (byDate.get(day.date) ?? 0) + (Number.isFinite(day.amount) ? day.amount : 0),
    );
  }
  const labels = format(dayFormats, lang, { day: 'numeric', month: 'short' });
  return Array.from({ length: count }, (_, i) => {
    const date = `${report.month}-${String(i + 1).padStart(2, '0')}`;
    return {
      date,
      label: labels.format(new Date(Date.UTC(year, month - 1, i + 1))),
      amount: byDate.get(date) ?? 0,
    };
  });
}

/** "March 2026" / "marzo de 2026" for "2026-03"; the text itself when it is not a month. */
export function monthName(month: string, lang: Lang): string {
  if (!isMonth(month)) {
    return month;
  }
  const [year, number] = month.split('-').map(Number);
  return format(monthFormats, lang, { month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}
