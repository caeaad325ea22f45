import { formatFigure, monthLabel, shortDay } from './dashboard-format';
import { lastDays, lastMonths, lastWeeks, periodPresets, presetOf } from './dashboard-period.model';

// Monday 7 December 2026, 10:00 UTC.
const NOW = Date.parse('2026-12-07T10:00:00Z');

describe('Dashboard periods', () => {
  it('count days, ISO weeks and months back from today (UTC), today included', () => {
    expect(lastDays(NOW, 7)).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(lastDays(NOW, 30)).toEqual({ from: '2026-11-08', to: '2026-12-07' });
    expect(lastWeeks(NOW, 12)).toEqual({ from: '2026-09-21', to: '2026-12-07' });
    // A Sunday: its week began on the Monday before.
    expect(lastWeeks(Date.parse('2026-12-13T23:00:00Z'), 1)).toEqual({
      from: '2026-12-07',
      to: '2026-12-13',
    });
    expect(lastMonths(NOW, 12)).toEqual({ from: '2026-01-01', to: '2026-12-07' });
    expect(lastMonths(NOW, 24)).toEqual({ from: '2025-01-01', to: '2026-12-07' });
  });

  it('offer each dashboard its choices, and find the one matching two dates', () => {
    expect(periodPresets('admin', NOW).map((p) => p.id)).toEqual([
      'days7',
      'days30',
      'days90',
      'months12',
    ]);
    expect(periodPresets('expert', NOW).map((p) => p.id)).toEqual([
      'weeks4',
      'weeks12',
      'weeks26',
      'weeks52',
    ]);
    const client = periodPresets('client', NOW);
    expect(client.map((p) => p.label)).toContain('dashboards.period.presets.months6');
    expect(presetOf(client, { from: '2026-07-01', to: '2026-12-07' })?.id).toBe('months6');
    expect(presetOf(client, { from: '2026-07-02', to: '2026-12-07' })).toBeNull();
  });

  it('write figures and dates in the UI language, "—" for a figure left out', () => {
    expect(formatFigure(1234, 'count', 'en')).toBe('1,234');
    expect(formatFigure(45.5, 'minutes', 'es')).toBe('45,5');
    expect(formatFigure(0.769, 'percent', 'en')).toBe('76.9%');
    expect(formatFigure(undefined, 'percent', 'en')).toBe('—');
    expect(formatFigure(4.666, 'rating', 'en')).toBe('4.67');
    expect(formatFigure(12.3, 'seconds', 'en')).toBe('12.3 sec');
    expect(formatFigure(150, 'seconds', 'en')).toBe('2.5 min');
    expect(shortDay('2026-11-08', 'en')).toBe('Nov 8');
    expect(monthLabel('2026-12', 'en')).toBe('Dec 2026');
  });
});
