import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  ADMIN_OPERATIONS_API,
  OPS_FIGURES_TIMING,
  OperationsFigures,
  OpsFiguresTiming,
} from '../../../core/operations/admin-operations.model';
import { CLOCK } from '../../../core/time/clock';
import { formatDateTime } from '../../../shared/ui/date-time';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { FakeRealtime, fakeRealtime } from '../../../testing/fake-realtime';
import { testLiveSession } from '../../../testing/session-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import { OpsFigures, timeAgo } from './ops-figures';

const NOW = Date.parse('2026-12-07T10:00:10Z');
const SLOW: OpsFiguresTiming = { periodMs: 600_000, debounceMs: 600_000 };

function figures(overrides: Partial<OperationsFigures> = {}): OperationsFigures {
  return {
    connectedUsers: 14,
    connections: 17,
    expertsOnline: 5,
    expertsOnlineByCategory: [
      { slug: 'tax', name: { en: 'Tax advice', es: 'Asesoría fiscal' }, online: 3 },
      { slug: 'law', name: { en: 'Law', es: 'Derecho' }, online: 2 },
    ],
    requestsWaiting: 2,
    activeSessions: 4,
    billingSweep: {
      lastRunAt: '2026-12-07T10:00:00Z',
      millis: 35,
      sessions: 2,
      charges: 4,
      healthy: true,
    },
    database: { ready: true, mode: 'mongodb' },
    checkedAt: '2026-12-07T10:00:05Z',
    ...overrides,
  };
}

describe('Operations figures', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;
  let now: number;

  async function setUp(timing: OpsFiguresTiming = SLOW): Promise<void> {
    now = NOW;
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [
        { path: 'ops', component: OpsFigures },
        { path: '**', component: Elsewhere },
      ],
      providers: [
        provideAdminTranslations(),
        fake.provider,
        { provide: CLOCK, useValue: () => now },
        { provide: OPS_FIGURES_TIMING, useValue: timing },
      ],
      lang: 'en',
    });
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  /** The figures' requests still waiting for an answer (taken off the backend's list). */
  const pending = (): TestRequest[] =>
    backend.match(ADMIN_OPERATIONS_API.operations).filter((r) => !r.cancelled);
  const request = (): TestRequest => backend.expectOne(ADMIN_OPERATIONS_API.operations);

  it('shows the figures: connections, experts, requests, sessions, the billing sweep and the database', async () => {
    await setUp();
    await harness.navigateByUrl('/ops');
    expect(q('ops-figures')).not.toBeNull();
    expect(q('ops-figures-loading')?.getAttribute('role')).toBe('status');
    request().flush(figures());
    await stable();

    expect(q('ops-figures-loading')).toBeNull();
    expect(text('ops-connected-users')).toBe('14');
    expect(text('ops-connections')).toBe('17 connections');
    expect(text('ops-experts-online')).toBe('5');
    expect(text('ops-requests-waiting')).toBe('2');
    expect(text('ops-active-sessions')).toBe('4');
    // Its age when checked (5 s) plus the time since the answer arrived (none yet).
    expect(text('ops-sweep-ago')).toBe('5 seconds ago');
    expect(text('ops-sweep-run')).toBe('took 35 ms · 4 charges in 2 sessions');
    expect(text('ops-sweep-health')).toBe('Healthy');
    expect(q('ops-sweep')!.dataset['healthy']).toBe('true');
    expect(text('ops-database-state')).toBe('Ready');
    expect(text('ops-database-mode')).toBe('mongodb');
    expect(text('ops-checked-at')).toBe(
      `Updated at ${formatDateTime('2026-12-07T10:00:05Z', 'en', 'medium')}, every 15 seconds.`,
    );

    const rows = Array.from(el().querySelectorAll<HTMLElement>('[data-testid="ops-category-row"]'));
    expect(rows.map((r) => r.querySelector('th[scope="row"]')?.textContent?.trim())).toEqual([
      'Tax advice',
      'Law',
    ]);
    expect(text('ops-category-online', rows[0])).toBe('3');
    expect(el().querySelector('caption')?.textContent?.trim()).toBe(
      'Experts online in each category',
    );

    // The age keeps counting while the page is open.
    now = NOW + 60_000;
    await vi.waitFor(() => expect(text('ops-sweep-ago')).toBe('1 minute ago'), { timeout: 2_500 });
  });

  it('says when no expert is online, the sweep has not run or is unhealthy, and the database is not ready', async () => {
    await setUp();
    await harness.navigateByUrl('/ops');
    request().flush(
      figures({
        expertsOnline: 0,
        expertsOnlineByCategory: [],
        billingSweep: { lastRunAt: null, millis: null, sessions: 0, charges: 0, healthy: false },
        database: { ready: false, mode: 'embedded' },
      }),
    );
    await stable();
    expect(text('ops-categories-empty')).toBe('No expert is online right now.');
    expect(el().querySelector('[data-testid="ops-category-row"]')).toBeNull();
    expect(text('ops-sweep-ago')).toBe('Not run yet');
    expect(q('ops-sweep-run')).toBeNull();
    expect(text('ops-sweep-health')).toBe('Unhealthy');
    expect(q('ops-sweep-health')!.classList).toContain('badge--danger');
    expect(text('ops-database-state')).toBe('Not ready');
    expect(q('ops-database')!.dataset['ready']).toBe('false');
  });

  it('shows a failed first load with a retry, and keeps the figures when a refresh fails', async () => {
    await setUp();
    await harness.navigateByUrl('/ops');
    flushProblem(request(), 503, { detail: 'Presence is not available.' });
    await stable();
    expect(text('ops-figures-error')).toContain('Could not load the live figures');
    expect(text('ops-figures-error')).toContain('Presence is not available.');

    q<HTMLButtonElement>('ops-figures-retry')!.click();
    await stable();
    request().flush(figures());
    await stable();
    expect(q('ops-figures-error')).toBeNull();
    expect(text('ops-connected-users')).toBe('14');

    realtime.reconnect();
    await stable();
    flushProblem(request(), 503, { detail: 'Presence is not available.' });
    await stable();
    expect(text('ops-connected-users')).toBe('14');
    expect(q('ops-figures-error')).toBeNull();
    expect(text('ops-figures-stale')).toContain('Could not refresh the figures');
    expect(text('ops-figures-stale')).toContain('Presence is not available.');
  });

  it('reads the figures again every period while shown, and stops once gone', async () => {
    await setUp({ periodMs: 60, debounceMs: 600_000 });
    await harness.navigateByUrl('/ops');
    request().flush(figures());
    await stable();

    await vi.waitFor(
      () => {
        const [next] = pending();
        expect(next).toBeDefined();
        next.flush(figures({ connectedUsers: 15 }));
      },
      { timeout: 1_000, interval: 20 },
    );
    await stable();
    expect(text('ops-connected-users')).toBe('15');

    await harness.navigateByUrl('/elsewhere');
    pending();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pending()).toHaveLength(0);
  });

  it('reads the figures again once ops.session frames settle (once for a burst)', async () => {
    await setUp({ periodMs: 600_000, debounceMs: 40 });
    await harness.navigateByUrl('/ops');
    request().flush(figures());
    await stable();

    const session = testLiveSession();
    const connections = { clientAwaySince: null, expertAwaySince: null };
    for (const event of ['accepted', 'tick', 'presence'] as const) {
      realtime.emit({ type: 'ops.session', event, sessionId: session.id, session, connections });
    }
    expect(pending()).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const requests = pending();
    expect(requests).toHaveLength(1);
    requests[0].flush(figures({ activeSessions: 5 }));
    await stable();
    expect(text('ops-active-sessions')).toBe('5');
  });

  it('says how long ago in the UI language', () => {
    expect(timeAgo(12_400, 'en')).toBe('12 seconds ago');
    expect(timeAgo(-5_000, 'en')).toBe('0 seconds ago');
    expect(timeAgo(125_000, 'es')).toBe('hace 2 minutos');
    expect(timeAgo(3 * 3_600_000, 'en')).toBe('3 hours ago');
  });
});
