import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { COST_CENTRES_API } from '../../core/cost-centres/cost-centre.model';
import { LanguageService } from '../../core/i18n/language.service';
import { CLOCK } from '../../core/time/clock';
import { TestBed } from '@angular/core/testing';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { testReport } from '../../testing/cost-centre-fixtures';
import CostCentreReportPage from './cost-centre-report-page';
import { dailySpending, monthName } from './report/report-data';

/** The middle of March 2026 in this browser's time zone. */
const NOW = new Date(2026, 2, 15, 12).getTime();

describe('Cost centre report', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    // jsdom has no canvas: Chart.js is given no context and draws nothing.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    backend = setUpAppTest({
      routes: [{ path: 'cost-centres/:code/report', component: CostCentreReportPage }],
      providers: [{ provide: CLOCK, useValue: () => NOW }],
      lang: 'en',
    });
    signIn(backend, { id: 'u-boss', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    endAppTest(backend);
    vi.restoreAllMocks();
  });

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const report = (): TestRequest =>
    backend.expectOne((r) => r.url === COST_CENTRES_API.report('MKT') && !r.params.has('format'));

  async function open(): Promise<TestRequest> {
    await harness.navigateByUrl('/cost-centres/MKT/report');
    expect(q('report-loading')).not.toBeNull();
    const req = report();
    req.flush(testReport());
    await stable();
    return req;
  }

  it("shows this month's totals, charts and tables", async () => {
    const req = await open();
    expect(req.request.params.get('month')).toBe('2026-03');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(q<HTMLInputElement>('report-month')!.value).toBe('2026-03');
    expect(text('cost-centre-report-page')).toContain('Report of MKT');
    expect(text('report')).toContain('Marketing, March 2026');
    expect(text('report-total')).toBe('€300.00');
    expect(q('report-total')?.dataset['amount']).toBe('30000');
    expect(text('report-budget')).toBe('€1,500.00 €1,200.00 left');
    expect(text('report-usage')).toBe('3 200 min in all');

    const people = all('report-person-row');
    expect(people.map((r) => r.dataset['userId'])).toEqual(['u-carla', 'u-dan']);
    expect(Array.from(people[0].querySelectorAll('th, td'), (c) => c.textContent?.trim())).toEqual([
      'Carla Client',
      '2',
      '150',
      '€225.00',
    ]);
    expect(all('report-expert-row')).toHaveLength(2);
    expect(all('report-line-row')[0].textContent).toContain('Laura Martín');

    // The charts are images with a label; their figures are in tables.
    const days = q('report-chart-days')!;
    expect(days.tagName).toBe('CANVAS');
    expect(days.getAttribute('role')).toBe('img');
    expect(days.getAttribute('aria-label')).toBe(
      'Bar chart of the spending per day in March 2026. The figures are in the table under it.',
    );
    expect(q('report-chart-people')?.getAttribute('role')).toBe('img');
    expect(all('report-day-row').map((r) => r.dataset['date'])).toEqual([
      '2026-03-02',
      '2026-03-05',
    ]);
  });

  it('reads another month when picked', async () => {
    await open();
    const month = q<HTMLInputElement>('report-month')!;
    month.value = '2026-02';
    month.dispatchEvent(new Event('change'));
    await stable();
    const req = report();
    expect(req.request.params.get('month')).toBe('2026-02');
    req.flush(
      testReport({ month: '2026-02', spent: 0, sessions: 0, minutes: 0, people: [], lines: [] }),
    );
    await stable();
    expect(text('report-empty')).toBe('No spending in February 2026.');
    expect(q('report-chart-days')).toBeNull();
    expect(text('report-total')).toBe('€0.00');
  });

  it('downloads the month as CSV with the bearer token', async () => {
    await open();
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => (created.push(blob), 'blob:report')),
      revokeObjectURL: vi.fn(),
    });
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked = this;
    });

    q<HTMLButtonElement>('report-csv')!.click();
    await stable();
    expect(q<HTMLButtonElement>('report-csv')!.disabled).toBe(true);
    const req = backend.expectOne((r) => r.params.get('format') === 'csv');
    expect(req.request.url).toBe('/api/admin/cost-centres/MKT/report');
    expect(req.request.params.get('month')).toBe('2026-03');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush(new Blob(['date,amount\n'], { type: 'text/csv' }));
    await stable();
    expect(created).toHaveLength(1);
    expect(clicked?.download).toBe('skillfast-mkt-2026-03.csv');
    expect(q<HTMLButtonElement>('report-csv')!.disabled).toBe(false);
  });

  it('says when the CSV could not be downloaded', async () => {
    await open();
    q<HTMLButtonElement>('report-csv')!.click();
    backend
      .expectOne((r) => r.params.get('format') === 'csv')
      .flush(new Blob(['x']), { status: 503, statusText: 'Unavailable' });
    await stable();
    expect(text('report-csv-error')).toBe(
      'The service is temporarily unavailable. Please try again later.',
    );
  });

  it("shows the server's 403 for someone who does not approve the centre", async () => {
    await harness.navigateByUrl('/cost-centres/MKT/report');
    flushProblem(report(), 403, { detail: 'You do not approve cost centre MKT.' });
    await stable();
    expect(text('report-error')).toContain('Could not load the report');
    expect(text('report-error')).toContain('You do not approve cost centre MKT.');
    q<HTMLButtonElement>('report-retry')!.click();
    report().flush(testReport());
    await stable();
    expect(text('report-total')).toBe('€300.00');
  });

  it('speaks Spanish too', async () => {
    TestBed.inject(LanguageService).use('es');
    await open();
    expect(q('report-csv')?.textContent?.trim()).toBe('Descargar CSV');
    expect(text('report')).toContain('Marketing, marzo de 2026');
  });
});

describe('report data', () => {
  it('fills every day of the month, adding the amounts of a day', () => {
    const days = dailySpending(
      testReport({
        month: '2026-02',
        days: [
          { date: '2026-02-03', amount: 100 },
          { date: '2026-02-03', amount: 50 },
          { date: '2026-03-01', amount: 999 },
        ],
      }),
      'en',
    );
    expect(days).toHaveLength(28);
    expect(days[2]).toEqual({ date: '2026-02-03', label: 'Feb 3', amount: 150 });
    expect(days.reduce((sum, d) => sum + d.amount, 0)).toBe(150);
  });

  it('names months in the UI language', () => {
    expect(monthName('2026-03', 'en')).toBe('March 2026');
    expect(monthName('2026-03', 'es')).toBe('marzo de 2026');
    expect(monthName('nope', 'en')).toBe('nope');
  });
});
