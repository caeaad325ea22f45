import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { BILLING_API, EarningSession, Earnings } from '../../core/billing/billing.model';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import EarningsPage from './earnings-page';

function paid(overrides: Partial<EarningSession> = {}): EarningSession {
  return {
    sessionId: 's-1',
    clientName: 'Carla Client',
    channel: 'VIDEO',
    startedAt: '2026-03-01T10:00:00Z',
    endedAt: '2026-03-01T10:04:05Z',
    paidUnits: 3,
    earned: 360,
    currency: 'EUR',
    ...overrides,
  };
}

function earnings(
  items: EarningSession[],
  overrides: Partial<Earnings['sessions']> = {},
): Earnings {
  return {
    currency: 'EUR',
    available: 1360,
    lifetime: 5000,
    sessions: { items, total: items.length, page: 0, size: 20, ...overrides },
  };
}

describe('Earnings page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'earnings', component: EarningsPage },
        { path: 'sessions/:id', component: Elsewhere },
      ],
      lang: 'en',
    });
    signIn(backend, { id: 'u-expert', role: 'EXPERT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const stable = () => harness.fixture.whenStable();
  const request = (): TestRequest => backend.expectOne((r) => r.url === BILLING_API.earnings);

  it('shows the totals and one row per paid session', async () => {
    await harness.navigateByUrl('/earnings');
    expect(q('earnings-loading')).not.toBeNull();
    const req = request();
    expect(req.request.params.get('page')).toBe('0');
    req.flush(earnings([paid(), paid({ sessionId: 's-2', clientName: 'Bob', channel: 'CHAT' })]));
    await stable();

    expect(text('earnings-available')).toBe('€13.60');
    expect(text('earnings-lifetime')).toBe('€50.00');
    const rows = all('earnings-row');
    expect(rows.map((r) => r.dataset['sessionId'])).toEqual(['s-1', 's-2']);
    expect(rows[0].textContent).toContain('Carla Client');
    expect(rows[0].textContent).toContain('Video call');
    expect(rows[0].textContent).toContain('04:05');
    expect(text('earnings-row-minutes', rows[0])).toBe('3');
    expect(text('earnings-row-earned', rows[0])).toBe('€3.60');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/sessions/s-1');
    expect(text('earnings-summary')).toBe('1–2 of 2 sessions');
  });

  it('reads the page from the URL and moves to the next one', async () => {
    await harness.navigateByUrl('/earnings?page=1');
    const first = request();
    expect(first.request.params.get('page')).toBe('1');
    first.flush(earnings([paid()], { total: 45, page: 1 }));
    await stable();
    expect(el().textContent).toContain('Page 2 of 3');

    q<HTMLButtonElement>('earnings-next')!.click();
    await stable();
    expect(TestBed.inject(Router).url).toBe('/earnings?page=2');
    request().flush(earnings([paid({ sessionId: 's-41' })], { total: 45, page: 2 }));
    await stable();
    expect(el().textContent).toContain('Page 3 of 3');
    expect(q<HTMLButtonElement>('earnings-next')!.disabled).toBe(true);
    expect(q<HTMLButtonElement>('earnings-prev')!.disabled).toBe(false);
  });

  it('says when nothing has been earned yet', async () => {
    await harness.navigateByUrl('/earnings');
    request().flush({ ...earnings([]), available: 0, lifetime: 0 });
    await stable();
    expect(text('earnings-available')).toBe('€0.00');
    expect(text('earnings-empty')).toContain('No paid sessions yet.');
  });

  it('shows an error with a retry', async () => {
    await harness.navigateByUrl('/earnings');
    flushProblem(request(), 503, { detail: 'Ledger offline.' });
    await stable();
    expect(text('earnings-error')).toContain('Ledger offline.');
    q<HTMLButtonElement>('earnings-retry')!.click();
    await stable();
    request().flush(earnings([paid()]));
    await stable();
    expect(all('earnings-row')).toHaveLength(1);
  });
});
