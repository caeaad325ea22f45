import { kpi, kpiAmount, kpiText, sessionKpis } from './dashboard-kpis';

interface Figures {
  readonly from: string;
  readonly to: string;
  readonly currency: string;
  readonly totals: { readonly sessions: number; readonly minutes: number; readonly spent: number };
  readonly rating?: number;
}

const FIGURES: Figures = {
  from: '2026-11-01',
  to: '2026-12-07',
  currency: 'EUR',
  totals: { sessions: 1234, minutes: 45.5, spent: 4500 },
};

describe('Dashboard KPIs', () => {
  it('show figures and amounts in the UI language, an amount also as data-amount', () => {
    const [sessions, minutes] = sessionKpis<Figures>('dashboards.client.');
    expect(sessions).toEqual(
      expect.objectContaining({
        testId: 'dashboard-sessions',
        label: 'dashboards.client.sessions',
      }),
    );
    expect(kpiText(sessions, FIGURES, 'en')).toBe('1,234');
    expect(kpiText(minutes, FIGURES, 'es')).toBe('45,5');
    expect(kpiAmount(minutes, FIGURES)).toBeNull();

    const spent = kpi<Figures>('dashboard-spent', 'x.spent', 'money', (f) => f.totals.spent, {
      icon: 'wallet',
    });
    expect(spent.icon).toBe('wallet');
    expect(kpiText(spent, FIGURES, 'en')).toBe('€45.00');
    expect(kpiAmount(spent, FIGURES)).toBe(4500);
  });

  it('show "—" for a figure left out, nothing for an amount left out', () => {
    const rating = kpi<Figures>('dashboard-rating', 'x.rating', 'rating', (f) => f.rating);
    const amount = kpi<Figures>('dashboard-spent', 'x.spent', 'money', (f) => f.rating);
    expect(kpiText(rating, FIGURES, 'en')).toBe('—');
    expect(kpiText(amount, FIGURES, 'en')).toBe('');
  });
});
