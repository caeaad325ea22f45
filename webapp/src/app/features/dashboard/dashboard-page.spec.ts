import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Title } from '@angular/platform-browser';

import { routes } from '../../app.routes';
import { Role } from '../../core/auth/auth.model';
import {
  ClientDashboard,
  DASHBOARD_API,
  ExpertDashboard,
} from '../../core/dashboards/dashboard.model';
import { CLOCK } from '../../core/time/clock';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../testing/app-test-bed';

const NOW = Date.parse('2026-12-07T10:00:00Z');

const EXPERT: ExpertDashboard = {
  from: '2026-09-21',
  to: '2026-12-07',
  currency: 'EUR',
  totals: { sessions: 7, minutes: 30, earnings: 2400, reviews: 3, averageRating: 4.33 },
  weeks: [
    { week: '2026-11-23', sessions: 0, minutes: 0, earnings: 0, reviews: 0 },
    {
      week: '2026-11-30',
      sessions: 2,
      minutes: 8,
      earnings: 640,
      reviews: 1,
      averageRating: 5,
      cumulativeRating: 4.33,
    },
  ],
};

const CLIENT: ClientDashboard = {
  from: '2026-01-01',
  to: '2026-12-07',
  currency: 'EUR',
  totals: { sessions: 5, minutes: 22, spent: 4500 },
  months: [
    { month: '2026-11', sessions: 3, minutes: 14, spent: 3000 },
    { month: '2026-12', sessions: 2, minutes: 8, spent: 1500 },
  ],
  experts: [
    { expertId: 'e-ana', name: 'Ana', sessions: 3, minutes: 12, spent: 3000 },
    { expertId: 'e-bob', name: 'Bob', sessions: 2, minutes: 10, spent: 1500 },
  ],
};

describe('/dashboard', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  afterEach(() => endAppTest(backend));

  async function open(role: Role, url = '/dashboard'): Promise<void> {
    backend = setUpAppTest({
      routes,
      providers: [{ provide: CLOCK, useValue: () => NOW }],
      lang: 'en',
    });
    signIn(backend, { id: 'u-1', role });
    harness = await RouterTestingHarness.create(url);
  }

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const expertRequest = (): TestRequest => backend.expectOne((r) => r.url === DASHBOARD_API.expert);
  const clientRequest = (): TestRequest => backend.expectOne((r) => r.url === DASHBOARD_API.client);

  it('shows an expert their earnings, minutes and rating per week, in charts and tables', async () => {
    await open('EXPERT');
    expertRequest().flush(EXPERT);
    await stable();
    backend.expectNone((r) => r.url === DASHBOARD_API.client);

    expect(q('expert-dashboard')).not.toBeNull();
    expect(q('client-dashboard')).toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Dashboard · SkillFast');
    expect(text('dashboard-sessions')).toBe('7');
    expect(text('dashboard-minutes')).toBe('30');
    expect(text('dashboard-earnings')).toBe('€24.00');
    expect(text('dashboard-rating')).toBe('4.33');
    const weeks = all('dashboard-rating-row');
    expect(weeks.map((w) => w.dataset['week'])).toEqual(['2026-11-23', '2026-11-30']);
    expect(weeks[0].textContent).toContain('—');
    expect(all('dashboard-week-row')[1].textContent).toContain('€6.40');
    expect(q('expert-earnings-chart')?.getAttribute('role')).toBe('img');
    expect(q('expert-rating-chart')?.getAttribute('aria-label')).toContain('over 2 weeks');
    expect(q<HTMLSelectElement>('dashboard-preset')!.value).toBe('weeks12');
  });

  it('offers an expert periods in weeks, kept in the URL', async () => {
    await open('EXPERT');
    expertRequest().flush(EXPERT);
    await stable();
    const preset = q<HTMLSelectElement>('dashboard-preset')!;
    preset.value = 'weeks4';
    preset.dispatchEvent(new Event('change'));
    await stable();
    const req = expertRequest();
    expect(req.request.params.get('from')).toBe('2026-11-16');
    expect(TestBed.inject(Router).url).toBe('/dashboard?from=2026-11-16&to=2026-12-07');
    req.flush({
      ...EXPERT,
      totals: { sessions: 0, minutes: 0, earnings: 0, reviews: 0 },
      weeks: [],
    });
    await stable();
    expect(text('dashboard-empty')).toContain('No sessions or reviews in this period');
    expect(text('dashboard-rating')).toBe('—');
    expect(q('expert-earnings-chart')).toBeNull();
  });

  it('shows a client their spending per month and per expert, for the period of the URL', async () => {
    await open('CLIENT', '/dashboard?from=2026-07-01&to=2026-12-07');
    const req = clientRequest();
    expect(req.request.params.get('from')).toBe('2026-07-01');
    req.flush(CLIENT);
    await stable();

    expect(q('client-dashboard')).not.toBeNull();
    expect(q<HTMLSelectElement>('dashboard-preset')!.value).toBe('months6');
    expect(text('dashboard-sessions')).toBe('5');
    expect(text('dashboard-spent')).toBe('€45.00');
    const experts = all('dashboard-expert-row');
    expect(experts.map((r) => r.dataset['expertId'])).toEqual(['e-ana', 'e-bob']);
    expect(text('expert-spent', experts[0])).toBe('€30.00');
    expect(experts[0].querySelector('th[scope="row"]')?.textContent?.trim()).toBe('Ana');
    expect(all('dashboard-month-row')[0].textContent).toContain('Nov 2026');
    expect(el().querySelectorAll('details[open] table caption').length).toBe(2);
    expect(q('client-months-chart')?.getAttribute('role')).toBe('img');
  });

  it('shows administrators their client spending too, and an empty period as such', async () => {
    await open('ADMIN');
    const req = clientRequest();
    expect(req.request.params.keys()).toEqual([]);
    req.flush({
      ...CLIENT,
      totals: { sessions: 0, minutes: 0, spent: 0 },
      months: [],
      experts: [],
    });
    await stable();
    expect(text('dashboard-empty')).toContain('No sessions in this period');
    expect(text('dashboard-spent')).toBe('€0.00');
  });

  it('shows why it could not load', async () => {
    await open('CLIENT');
    clientRequest().flush(null, { status: 500, statusText: 'Error' });
    await stable();
    expect(text('dashboard-error')).toContain('Could not load your dashboard');
  });
});
