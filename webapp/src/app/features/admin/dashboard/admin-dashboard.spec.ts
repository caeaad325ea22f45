import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { AdminDashboard as Figures, DASHBOARD_API } from '../../../core/dashboards/dashboard.model';
import { LanguageService } from '../../../core/i18n/language.service';
import { CLOCK } from '../../../core/time/clock';
import { provideDashboardTranslations } from '../../../shared/dashboards/dashboard-translations';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminDashboard from './admin-dashboard';

const NOW = Date.parse('2026-12-07T10:00:00Z');

function figures(overrides: Partial<Figures> = {}): Figures {
  return {
    from: '2026-11-08',
    to: '2026-12-07',
    currency: 'EUR',
    totals: { sessions: 1234, minutes: 45.5, turnover: 1230000, commission: 2460 },
    minutesPerDay: [
      { day: '2026-12-06', chat: 0, audio: 3.5, video: 0 },
      { day: '2026-12-07', chat: 2, audio: 0, video: 40 },
    ],
    categories: [
      { category: 'software', sessions: 3, minutes: 10, turnover: 3000, commission: 600 },
      { category: '', sessions: 1, minutes: 2, turnover: 500, commission: 100 },
    ],
    topExpertsByMinutes: [
      { expertId: 'e-ana', name: 'Ana', sessions: 4, minutes: 20.5, earnings: 1600 },
      { expertId: 'e-bob', name: 'Bob', sessions: 2, minutes: 8, earnings: 700 },
    ],
    topExpertsByRating: [{ expertId: 'e-ana', name: 'Ana', reviews: 3, average: 4.67 }],
    requests: {
      accepted: 10,
      declined: 2,
      expired: 1,
      cancelled: 0,
      acceptanceRate: 0.769,
      averageSecondsToAccept: 12.3,
    },
    newUsers: {
      clients: 5,
      experts: 1,
      perDay: [
        { day: '2026-12-06', clients: 2, experts: 0 },
        { day: '2026-12-07', clients: 3, experts: 1 },
      ],
    },
    ...overrides,
  };
}

describe('Admin dashboard', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    // jsdom has no canvas: Chart.js is given no context and draws nothing.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    backend = setUpAppTest({
      routes: [
        {
          path: 'admin/dashboard',
          providers: [provideDashboardTranslations()],
          component: AdminDashboard,
        },
      ],
      providers: [provideAdminTranslations(), { provide: CLOCK, useValue: () => NOW }],
      lang: 'en',
    });
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const all = (id: string, within: ParentNode = el()) =>
    Array.from(within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const request = (): TestRequest => backend.expectOne((r) => r.url === DASHBOARD_API.admin);
  const url = () => TestBed.inject(Router).url;

  async function open(
    answer: Figures = figures(),
    path = '/admin/dashboard',
  ): Promise<TestRequest> {
    await harness.navigateByUrl(path);
    const req = request();
    req.flush(answer);
    await stable();
    return req;
  }

  it('shows the KPIs, formatted, and "—" for what was not measured', async () => {
    const req = await open();
    expect(req.request.params.keys()).toEqual([]);
    expect(q('admin-dashboard')?.querySelector('h1')?.textContent?.trim()).toBe(
      'Platform dashboard',
    );
    expect(text('dashboard-sessions')).toBe('1,234');
    expect(text('dashboard-minutes')).toBe('45.5');
    expect(text('dashboard-turnover')).toBe('€12,300.00');
    expect(text('dashboard-commission')).toBe('€24.60');
    expect(text('dashboard-accepted-rate')).toBe('76.9%');
    expect(text('dashboard-time-to-accept')).toBe('12.3 sec');
    expect(text('dashboard-new-clients')).toBe('5');
    expect(text('dashboard-new-experts')).toBe('1');
    expect(text('dashboard-range')).toBe('From Nov 8, 2026 to Dec 7, 2026, amounts in EUR');

    await harness.navigateByUrl('/admin/dashboard?from=2026-12-01&to=2026-12-07');
    request().flush(figures({ requests: { accepted: 0, declined: 0, expired: 0, cancelled: 1 } }));
    await stable();
    expect(text('dashboard-accepted-rate')).toBe('—');
    expect(text('dashboard-time-to-accept')).toBe('—');
  });

  it('puts every chart’s figures in a table, and labels the charts', async () => {
    await open();
    const rows = all('dashboard-category-row');
    expect(rows.map((r) => r.dataset['category'])).toEqual(['software', '']);
    expect(text('category-sessions', rows[0])).toBe('3');
    expect(text('category-turnover', rows[0])).toBe('€30.00');
    expect(rows[1].querySelector('th[scope="row"]')?.textContent?.trim()).toBe('No category');
    const table = q('dashboard-categories-table')!;
    expect(table.querySelector('caption')?.textContent?.trim()).toBe(
      'Sessions and turnover per category',
    );
    expect(table.closest('details')?.open).toBe(true);

    const experts = all('dashboard-top-minutes-row');
    expect(experts.map((r) => r.dataset['expertId'])).toEqual(['e-ana', 'e-bob']);
    expect(text('expert-sessions', experts[0])).toBe('4');
    expect(q('dashboard-top-minutes-table')).not.toBeNull();
    expect(text('expert-average', all('dashboard-top-rating-row')[0])).toBe('4.67');
    expect(all('dashboard-minutes-row').length).toBe(2);
    expect(all('dashboard-users-row').length).toBe(2);

    for (const id of ['admin-minutes', 'admin-users', 'admin-categories', 'admin-top-minutes']) {
      const chart = q(`${id}-chart`)!;
      expect(chart.tagName).toBe('CANVAS');
      expect(chart.getAttribute('role')).toBe('img');
      expect(chart.getAttribute('aria-label')).toContain('The figures are in the table under it.');
    }
    expect(q('admin-minutes-chart')!.getAttribute('aria-label')).toContain('over 2 days');
  });

  it('says when nothing happened in the period, instead of the charts', async () => {
    await open(
      figures({
        totals: { sessions: 0, minutes: 0, turnover: 0, commission: 0 },
        categories: [],
        topExpertsByMinutes: [],
        topExpertsByRating: [],
        requests: { accepted: 0, declined: 0, expired: 0, cancelled: 0 },
        newUsers: { clients: 0, experts: 0, perDay: [] },
      }),
    );
    expect(text('dashboard-empty')).toContain('Nothing happened in this period');
    expect(text('dashboard-sessions')).toBe('0');
    expect(q('dashboard-categories-table')).toBeNull();
    expect(q('admin-minutes-chart')).toBeNull();
  });

  it('keeps the period in the URL: a preset at once, dates with the button', async () => {
    await open();
    const preset = q<HTMLSelectElement>('dashboard-preset')!;
    expect(preset.value).toBe('days30');
    expect(q<HTMLInputElement>('dashboard-from')!.value).toBe('2026-11-08');
    expect(q<HTMLInputElement>('dashboard-to')!.value).toBe('2026-12-07');

    preset.value = 'days7';
    preset.dispatchEvent(new Event('change'));
    await stable();
    const week = request();
    expect(week.request.params.get('from')).toBe('2026-12-01');
    expect(week.request.params.get('to')).toBe('2026-12-07');
    expect(url()).toBe('/admin/dashboard?from=2026-12-01&to=2026-12-07');
    week.flush(figures({ from: '2026-12-01' }));
    await stable();

    const from = q<HTMLInputElement>('dashboard-from')!;
    from.value = '2026-10-01';
    from.dispatchEvent(new Event('change'));
    await stable();
    backend.expectNone((r) => r.url === DASHBOARD_API.admin);
    expect(preset.value).toBe('custom');
    q<HTMLButtonElement>('dashboard-apply')!.click();
    await stable();
    expect(url()).toBe('/admin/dashboard?from=2026-10-01&to=2026-12-07');
    request().flush(figures({ from: '2026-10-01' }));
    await stable();
    expect(q<HTMLInputElement>('dashboard-from')!.value).toBe('2026-10-01');

    // A start after the end is not sent.
    from.value = '2026-12-31';
    from.dispatchEvent(new Event('change'));
    await stable();
    q<HTMLButtonElement>('dashboard-apply')!.click();
    await stable();
    expect(text('dashboard-period-error')).toBe('Choose a start date on or before the end date.');
    backend.expectNone((r) => r.url === DASHBOARD_API.admin);
  });

  it('opens the period of the URL, and shows the server’s problem with a retry', async () => {
    await harness.navigateByUrl('/admin/dashboard?from=2025-01-01&to=2026-12-07');
    const req = request();
    expect(req.request.params.get('from')).toBe('2025-01-01');
    expect(q<HTMLSelectElement>('dashboard-preset')!.value).toBe('custom');
    flushProblem(req, 400, { detail: 'The period may span at most 366 days.' });
    await stable();
    expect(text('dashboard-error')).toContain('Could not load the dashboard');
    expect(text('dashboard-error')).toContain('The period may span at most 366 days.');
    q<HTMLButtonElement>('dashboard-retry')!.click();
    request().flush(figures());
    await stable();
    expect(text('dashboard-sessions')).toBe('1,234');
  });

  it('recounts from history after a confirmation, then loads the figures again', async () => {
    await open();
    q<HTMLButtonElement>('dashboard-rebuild')!.click();
    await stable();
    q<HTMLButtonElement>('dashboard-rebuild-cancel')!.click();
    await stable();
    backend.expectNone(DASHBOARD_API.rebuild);

    q<HTMLButtonElement>('dashboard-rebuild')!.click();
    await stable();
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Recount the figures from history?',
    );
    q<HTMLButtonElement>('dashboard-rebuild-confirm')!.click();
    await stable();
    const rebuild = backend.expectOne(DASHBOARD_API.rebuild);
    expect(rebuild.request.method).toBe('POST');
    rebuild.flush({ sessions: 120, reviews: 30 });
    await stable();
    expect(text('dashboard-rebuild-done')).toBe('Recounted 120 sessions and 30 reviews.');
    request().flush(figures({ totals: { ...figures().totals, sessions: 1300 } }));
    await stable();
    expect(text('dashboard-sessions')).toBe('1,300');
  });

  it('speaks Spanish', async () => {
    TestBed.inject(LanguageService).use('es');
    await open();
    expect(q('admin-dashboard')?.querySelector('h1')?.textContent?.trim()).toBe(
      'Panel de la plataforma',
    );
    expect(text('dashboard-turnover')).toBe('12.300,00 €');
    expect(text('dashboard-minutes')).toBe('45,5');
    expect(text('dashboard-apply')).toBe('Aplicar');
  });
});
