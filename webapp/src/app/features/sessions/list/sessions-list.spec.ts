import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { Role } from '../../../core/auth/auth.model';
import { Page } from '../../../core/experts/expert.model';
import { SESSIONS_API, Session } from '../../../core/sessions/session.model';
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
import SessionsList from './sessions-list';

const ended = testLiveSession({
  id: 's-ended',
  state: 'ENDED',
  channel: 'VIDEO',
  startedAt: '2026-03-01T10:00:00Z',
  endedAt: '2026-03-01T10:12:34Z',
  endReason: 'CLIENT',
});
const waiting = testLiveSession({ id: 's-new', state: 'REQUESTED', startedAt: null });

describe('Sessions list', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;
  let router: Router;

  async function setUp(role: Role = 'CLIENT', id = 'u-client'): Promise<void> {
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [
        { path: 'sessions', component: SessionsList },
        { path: 'sessions/:id', component: Elsewhere },
      ],
      providers: [fake.provider],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, { id, role });
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="session-row"]'));
  const stable = () => harness.fixture.whenStable();

  function listRequest(): TestRequest {
    return backend.expectOne((r) => r.url === SESSIONS_API.sessions && r.method === 'GET');
  }

  function page(items: Session[], overrides: Partial<Page<Session>> = {}): Page<Session> {
    return { items, total: items.length, page: 0, size: 20, ...overrides };
  }

  it('shows loading, then one row per session seen from my side', async () => {
    await setUp();
    await harness.navigateByUrl('/sessions');
    expect(q('sessions-list')).not.toBeNull();
    expect(q('sessions-loading')).not.toBeNull();
    listRequest().flush(page([waiting, ended]));
    await stable();

    expect(rows().map((r) => [r.dataset['id'], r.dataset['state']])).toEqual([
      ['s-new', 'REQUESTED'],
      ['s-ended', 'ENDED'],
    ]);
    const row = rows()[1];
    expect(text('session-open', row)).toBe('Laura Martín');
    expect(q('session-open', row)?.getAttribute('href')).toBe('/sessions/s-ended');
    expect(row.textContent).toContain('Expert');
    expect(row.textContent).toContain('Video call');
    expect(row.textContent).toContain('12:34');
    expect(row.textContent).toContain('Ended');
    expect(text('sessions-summary')).toBe('1–2 of 2 sessions');
  });

  it('says which cost centre paid a session (none for the wallet)', async () => {
    await setUp();
    await harness.navigateByUrl('/sessions');
    listRequest().flush(
      page([
        { ...ended, fundedBy: { type: 'COST_CENTRE', code: 'MKT', limit: 5000 } },
        { ...waiting, fundedBy: { type: 'WALLET', code: null, limit: null } },
      ]),
    );
    await stable();
    expect(text('session-funded-by', rows()[0])).toBe('Paid by MKT');
    expect(q('session-funded-by', rows()[0])?.dataset['code']).toBe('MKT');
    expect(q('session-funded-by', rows()[1])).toBeNull();
  });

  it('names the client for experts', async () => {
    await setUp('EXPERT', 'u-expert');
    await harness.navigateByUrl('/sessions');
    listRequest().flush(page([ended]));
    await stable();
    expect(text('session-open', rows()[0])).toBe('Carla Client');
    expect(rows()[0].textContent).toContain('Client');
  });

  it('filters by state and pages, keeping both in the URL', async () => {
    await setUp();
    await harness.navigateByUrl('/sessions?state=ENDED&page=1');
    const req = listRequest();
    expect(req.request.params.get('state')).toBe('ENDED');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(page([ended], { total: 41, page: 1 }));
    await stable();
    expect(q<HTMLSelectElement>('sessions-state-filter')!.value).toBe('ENDED');
    expect(el().textContent).toContain('Page 2 of 3');

    q<HTMLButtonElement>('sessions-next')!.click();
    await stable();
    expect(router.url).toBe('/sessions?state=ENDED&page=2');
    listRequest().flush(page([], { total: 41, page: 2 }));
    await stable();

    const filter = q<HTMLSelectElement>('sessions-state-filter')!;
    filter.value = 'ACTIVE';
    filter.dispatchEvent(new Event('change'));
    await stable();
    expect(router.url).toBe('/sessions?state=ACTIVE');
    listRequest().flush(page([]));
    await stable();
    expect(text('sessions-empty')).toContain('No sessions in this state.');
  });

  it('has an empty state that leads clients to the experts', async () => {
    await setUp();
    await harness.navigateByUrl('/sessions');
    listRequest().flush(page([]));
    await stable();
    expect(text('sessions-empty')).toContain('You have no sessions yet.');
    expect(q('sessions-empty')?.querySelector('a')?.getAttribute('href')).toBe('/experts');
  });

  it('shows errors with a retry', async () => {
    await setUp();
    await harness.navigateByUrl('/sessions');
    flushProblem(listRequest(), 500, { detail: 'Database down.' });
    await stable();
    expect(text('sessions-error')).toContain('Database down.');
    q<HTMLButtonElement>('sessions-retry')!.click();
    await stable();
    listRequest().flush(page([ended]));
    await stable();
    expect(rows()).toHaveLength(1);
  });

  it('follows session events live: updates rows, reloads for new sessions', async () => {
    await setUp();
    await harness.navigateByUrl('/sessions');
    listRequest().flush(page([waiting]));
    await stable();

    realtime.emit({
      type: 'session.accepted',
      sessionId: 's-new',
      session: { ...waiting, state: 'ACTIVE' },
    });
    await stable();
    expect(rows()[0].dataset['state']).toBe('ACTIVE');

    const other = testLiveSession({ id: 's-other', state: 'REQUESTED' });
    realtime.emit({ type: 'session.requested', sessionId: 's-other', session: other });
    await stable();
    listRequest().flush(page([other, { ...waiting, state: 'ACTIVE' }]));
    await stable();
    expect(rows().map((r) => r.dataset['id'])).toEqual(['s-other', 's-new']);
  });
});
