import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { PageOf } from '../../../core/http/paging';
import { ADMIN_OPERATIONS_API } from '../../../core/operations/admin-operations.model';
import {
  ADMIN_SESSIONS_API,
  AdminSessionView,
  OpsSessionEventKind,
  SessionConnections,
} from '../../../core/sessions/admin-sessions.model';
import { Session } from '../../../core/sessions/session.model';
import { CLOCK } from '../../../core/time/clock';
import { formatTimeOfDay } from '../../../shared/ui/date-time';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { FakeRealtime, fakeRealtime } from '../../../testing/fake-realtime';
import { testBilling, testLiveSession, testSettlement } from '../../../testing/session-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminSessions from './admin-sessions';

const START = Date.parse('2026-03-01T10:05:30Z');
const CONNECTED: SessionConnections = { clientAwaySince: null, expertAwaySince: null };

/** A live session as the console gets it: 1.50 €/min, 2 minutes billed (1 free), €1.50 so far. */
function view(
  overrides: Partial<Session> = {},
  connections: SessionConnections = CONNECTED,
): AdminSessionView {
  return { session: testLiveSession({ billing: testBilling(), ...overrides }), connections };
}

function pageOf(items: AdminSessionView[], overrides: Partial<PageOf<AdminSessionView>> = {}) {
  return { items, total: items.length, page: 0, size: 20, ...overrides };
}

describe('Admin sessions (operations console)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;
  let router: Router;
  let now: number;

  beforeEach(async () => {
    now = START;
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [{ path: 'admin/sessions', component: AdminSessions }],
      providers: [
        provideAdminTranslations(),
        fake.provider,
        { provide: CLOCK, useValue: () => now },
      ],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, { id: 'u-admin', role: 'ADMIN', displayName: 'Admin' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    // The live figures above the sessions have a spec of their own (ops-figures.spec.ts).
    backend.match(ADMIN_OPERATIONS_API.operations);
    endAppTest(backend);
  });

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const liveRow = (id: string) => q(`admin-live-row-${id}`);
  const listRows = () =>
    Array.from(el().querySelectorAll<HTMLElement>('[data-testid="admin-session-row"]'));

  /** `GET /api/admin/sessions?state=ACTIVE&size=100` (the live section). */
  function liveRequest(): TestRequest {
    return backend.expectOne(
      (r) => r.url === ADMIN_SESSIONS_API.sessions && r.params.get('size') === '100',
    );
  }

  /** The list's request (no size: the server's pages of 20). */
  function listRequest(): TestRequest {
    return backend.expectOne((r) => r.url === ADMIN_SESSIONS_API.sessions && !r.params.has('size'));
  }

  async function open(
    live: AdminSessionView[],
    list: AdminSessionView[] = [],
    url = '/admin/sessions',
  ): Promise<void> {
    await harness.navigateByUrl(url);
    liveRequest().flush(pageOf(live, { size: 100 }));
    listRequest().flush(pageOf(list));
    await stable();
  }

  function frame(event: OpsSessionEventKind, v: AdminSessionView): void {
    realtime.emit({ type: 'ops.session', event, sessionId: v.session.id, ...v });
  }

  describe('Live now', () => {
    it('loads the ACTIVE sessions: participants, connection, channel, duration, billing, payer', async () => {
      await harness.navigateByUrl('/admin/sessions');
      expect(q('admin-sessions-live-loading')).not.toBeNull();
      const req = liveRequest();
      expect(req.request.params.get('state')).toBe('ACTIVE');
      expect(req.request.params.get('page')).toBe('0');
      const away = '2026-03-01T10:04:00Z';
      req.flush(
        pageOf(
          [
            view(),
            view(
              {
                id: 's-2',
                channel: 'VIDEO',
                startedAt: '2026-03-01T10:05:00Z',
                client: { id: 'u-dan', displayName: 'Dan Client', avatarUrl: null },
                billing: testBilling({ unitsBilled: 1, cost: 0 }),
                fundedBy: { type: 'COST_CENTRE', code: 'SALES', limit: null },
              },
              { clientAwaySince: null, expertAwaySince: away },
            ),
          ],
          { size: 100 },
        ),
      );
      listRequest().flush(pageOf([]));
      await stable();

      expect(q('admin-sessions-live-loading')).toBeNull();
      expect(text('admin-sessions-live-count')).toBe('2 live');
      // Newest start first.
      const ids = Array.from(
        q('admin-sessions-live')!.querySelectorAll<HTMLElement>('tbody tr'),
        (r) => r.dataset['id'],
      );
      expect(ids).toEqual(['s-2', 's-1']);

      const first = liveRow('s-1')!;
      expect(text('admin-live-client', first)).toBe('Carla Client');
      expect(text('admin-live-expert', first)).toBe('Laura Martín');
      expect(text('admin-live-channel', first)).toBe('Chat');
      expect(text('admin-live-duration', first)).toBe('05:00');
      expect(text('admin-live-cost', first)).toBe('€1.50');
      expect(text('admin-live-minutes', first)).toBe('2 min');
      expect(text('admin-live-client-connection', first)).toBe('Connected');
      expect(q('admin-live-client-connection', first)!.querySelector('.conn__dot')).not.toBeNull();
      expect(text('admin-live-payer', first)).toBe('Client’s wallet');
      expect(q(`admin-end-s-1`, first)!.getAttribute('aria-label')).toBe(
        'End the session of Carla Client with Laura Martín',
      );

      const second = liveRow('s-2')!;
      expect(text('admin-live-expert-connection', second)).toBe(
        `Away since ${formatTimeOfDay(away, 'en')}`,
      );
      expect(q('admin-live-expert-connection', second)!.dataset['awaySince']).toBe(away);
      expect(text('admin-live-client-connection', second)).toBe('Connected');
      expect(text('admin-live-payer', second)).toBe('Cost centre SALES');
      expect(text('admin-live-cost', second)).toBe('€0.00');

      // The duration ticks every second.
      now = START + 2_000;
      await vi.waitFor(() => expect(text('admin-live-duration', liveRow('s-1')!)).toBe('05:02'), {
        timeout: 2_500,
      });
    });

    it('says when nothing is live, and shows errors with a retry', async () => {
      await harness.navigateByUrl('/admin/sessions');
      flushProblem(liveRequest(), 503, { detail: 'Database unavailable.' });
      listRequest().flush(pageOf([]));
      await stable();
      expect(text('admin-sessions-live-error')).toContain('Could not load the live sessions');
      expect(text('admin-sessions-live-error')).toContain('Database unavailable.');

      q<HTMLButtonElement>('admin-sessions-live-retry')!.click();
      liveRequest().flush(pageOf([], { size: 100 }));
      await stable();
      expect(text('admin-sessions-live-empty')).toContain('No session is live right now');
      expect(text('admin-sessions-live-count')).toBe('0 live');
    });

    it('follows ops.session frames: a tick updates the cost, presence the connection, a new one appears', async () => {
      await open([view()]);

      frame('tick', view({ billing: testBilling({ unitsBilled: 3, cost: 300 }) }));
      await stable();
      expect(text('admin-live-cost', liveRow('s-1')!)).toBe('€3.00');
      expect(text('admin-live-minutes', liveRow('s-1')!)).toBe('3 min');

      // A copy that billed less (frames may cross) never moves it back.
      frame(
        'presence',
        view({}, { clientAwaySince: '2026-03-01T10:05:10Z', expertAwaySince: null }),
      );
      await stable();
      expect(text('admin-live-cost', liveRow('s-1')!)).toBe('€3.00');
      expect(text('admin-live-client-connection', liveRow('s-1')!)).toContain('Away since');

      frame('accepted', view({ id: 's-3', startedAt: '2026-03-01T10:05:20Z' }));
      await stable();
      expect(liveRow('s-3')).not.toBeNull();
      expect(text('admin-sessions-live-count')).toBe('2 live');

      // A request still waiting is not live; malformed frames are ignored.
      frame('requested', view({ id: 's-4', state: 'REQUESTED', startedAt: null, billing: null }));
      realtime.emit({ type: 'ops.session', event: 'tick', sessionId: 'x' } as never);
      await stable();
      expect(liveRow('s-4')).toBeNull();
    });

    it('removes a row once its session ends, and a late frame does not bring it back', async () => {
      await open([view()]);

      frame(
        'ended',
        view({ state: 'ENDED', endReason: 'CLIENT', endedAt: '2026-03-01T10:05:29Z' }),
      );
      await stable();
      expect(liveRow('s-1')).toBeNull();
      expect(text('admin-sessions-live-empty')).toContain('No session is live right now');

      frame('tick', view({ billing: testBilling({ unitsBilled: 5, cost: 600 }) }));
      await stable();
      expect(liveRow('s-1')).toBeNull();
    });

    it('applies frames that arrive while the list loads, and reads it again after a reconnection', async () => {
      await harness.navigateByUrl('/admin/sessions');
      const live = liveRequest();
      listRequest().flush(pageOf([]));
      frame('ended', view({ state: 'ENDED', endReason: 'EXPERT' }));
      frame('accepted', view({ id: 's-5' }));
      live.flush(pageOf([view()], { size: 100 }));
      await stable();
      expect(liveRow('s-1')).toBeNull();
      expect(liveRow('s-5')).not.toBeNull();

      realtime.reconnect();
      liveRequest().flush(pageOf([view({ id: 's-6' })], { size: 100 }));
      listRequest().flush(pageOf([]));
      await stable();
      expect(liveRow('s-5')).toBeNull();
      expect(liveRow('s-6')).not.toBeNull();
    });

    it('says when more sessions are live than it shows', async () => {
      await harness.navigateByUrl('/admin/sessions');
      liveRequest().flush(pageOf([view()], { size: 100, total: 130 }));
      listRequest().flush(pageOf([]));
      await stable();
      expect(text('admin-sessions-live-more')).toBe(
        'Showing the 1 most recent of 130 live sessions.',
      );
    });
  });

  describe('End dialog', () => {
    async function openDialog(): Promise<HTMLTextAreaElement> {
      await open([view(), view({ id: 's-2' })], [view()]);
      const end = q<HTMLButtonElement>('admin-end-s-1')!;
      end.focus();
      end.click();
      await stable();
      return q<HTMLTextAreaElement>('end-reason')!;
    }

    it('asks for the reason (focused, labelled, counted) and Escape cancels', async () => {
      const reason = await openDialog();
      const dialog = el().querySelector<HTMLElement>('[role="alertdialog"]')!;
      expect(dialog.textContent).toContain('End this session?');
      expect(dialog.textContent).toContain('Carla Client and Laura Martín are told at once');
      expect(document.activeElement).toBe(reason);
      expect(el().querySelector(`label[for="${reason.id}"]`)?.textContent).toContain('Reason');
      expect(reason.getAttribute('maxlength')).toBe('500');
      expect(reason.required).toBe(true);
      expect(reason.getAttribute('aria-describedby')).toContain('end-reason-counter');
      expect(text('end-reason-counter')).toBe('0 / 500');
      type('end-reason', 'Abuse reported');
      await stable();
      expect(text('end-reason-counter')).toBe('14 / 500');

      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await stable();
      expect(q('end-reason')).toBeNull();
      expect(document.activeElement).toBe(q('admin-end-s-1'));
      backend.expectNone(ADMIN_SESSIONS_API.end('s-1'));
    });

    it('requires a reason, posts it, and shows a 400 field error', async () => {
      await openDialog();
      q<HTMLButtonElement>('end-confirm')!.click();
      await stable();
      expect(text('field-error-reason')).toBe('Say why you are ending the session.');
      backend.expectNone(ADMIN_SESSIONS_API.end('s-1'));

      type('end-reason', '  Abuse reported  ');
      await stable();
      expect(q('field-error-reason')).toBeNull();
      q<HTMLButtonElement>('end-confirm')!.click();
      await stable();
      const req = backend.expectOne(ADMIN_SESSIONS_API.end('s-1'));
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ reason: 'Abuse reported' });
      expect(q<HTMLButtonElement>('end-confirm')!.disabled).toBe(true);
      expect(text('end-confirm')).toBe('Ending…');
      flushProblem(req, 400, {
        detail: 'The request is not valid.',
        errors: [{ field: 'reason', message: 'must not contain markup' }],
      });
      await stable();
      expect(text('field-error-reason')).toBe('must not contain markup');
      expect(q<HTMLTextAreaElement>('end-reason')!.getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(q('end-reason'));
      expect(q('end-error')).toBeNull();
    });

    it('shows the problem of a 409, and says when the session left the live list', async () => {
      await openDialog();
      type('end-reason', 'Abuse reported');
      q<HTMLButtonElement>('end-confirm')!.click();
      await stable();
      flushProblem(backend.expectOne(ADMIN_SESSIONS_API.end('s-1')), 409, {
        detail: 'The session is not active any more.',
      });
      await stable();
      expect(text('end-error')).toBe('The session is not active any more.');
      expect(q('end-reason')).not.toBeNull();

      frame('ended', view({ state: 'ENDED', endReason: 'CLIENT' }));
      await stable();
      expect(liveRow('s-1')).toBeNull();
      type('end-reason', 'Abuse reported again');
      await stable();
      q<HTMLButtonElement>('end-confirm')!.click();
      await stable();
      // The error stays until the next attempt; the confirm button waits.
      expect(q<HTMLButtonElement>('end-confirm')!.disabled).toBe(true);
      backend.expectNone(ADMIN_SESSIONS_API.end('s-1'));
    });

    it('ends the session: the dialog closes, the row goes (once, whatever the frame), the list row says why', async () => {
      await openDialog();
      type('end-reason', 'Abuse reported');
      q<HTMLButtonElement>('end-confirm')!.click();
      await stable();
      const ended = testLiveSession({
        state: 'ENDED',
        endReason: 'ADMIN',
        endNote: 'Abuse reported',
        endedAt: '2026-03-01T10:05:30Z',
        billing: testBilling(),
      });
      backend.expectOne(ADMIN_SESSIONS_API.end('s-1')).flush(ended);
      await stable();

      expect(q('end-reason')).toBeNull();
      expect(liveRow('s-1')).toBeNull();
      expect(liveRow('s-2')).not.toBeNull();
      expect(text('admin-sessions-feedback')).toBe(
        'The session of Carla Client with Laura Martín has ended.',
      );
      const row = listRows()[0];
      expect(row.dataset['state']).toBe('ENDED');
      expect(text('admin-session-outcome', row)).toBe('Ended by an administrator: Abuse reported');
      // The End button is gone: focus goes to the section's heading.
      await vi.waitFor(() =>
        expect(document.activeElement).toBe(el().querySelector('#admin-sessions-live-title')),
      );

      // The same end arriving as a frame changes nothing.
      frame('ended', { session: ended, connections: CONNECTED });
      await stable();
      expect(liveRow('s-1')).toBeNull();
      expect(text('admin-sessions-live-count')).toBe('1 live');
    });
  });

  describe('All sessions', () => {
    it('lists every session with its outcome, cost and duration', async () => {
      await open(
        [],
        [
          view({
            id: '0123456789abcdef',
            state: 'ENDED',
            endReason: 'FUNDS',
            endedAt: '2026-03-01T10:04:05Z',
            settlement: testSettlement(),
          }),
          view({ id: 's-live' }),
          view({
            id: 's-declined',
            state: 'DECLINED',
            startedAt: null,
            billing: null,
          }),
        ],
      );
      const [ended, live, declined] = listRows();
      expect(text('admin-session-id', ended)).toBe('01234567…');
      expect(q('admin-session-id', ended)!.getAttribute('title')).toBe('0123456789abcdef');
      expect(text('admin-session-state', ended)).toBe('Ended');
      expect(text('admin-session-client', ended)).toBe('Carla Client');
      expect(text('admin-session-duration', ended)).toBe('03:35');
      expect(text('admin-session-cost', ended)).toBe('€4.50');
      expect(text('admin-session-outcome', ended)).toBe(
        "The session ended because the client's balance ran out.",
      );
      expect(text('admin-session-cost', live)).toBe('€1.50 so far');
      expect(text('admin-session-duration', live)).toBe('05:00');
      expect(text('admin-session-outcome', live)).toBe('—');
      expect(text('admin-session-outcome', declined)).toBe('The expert declined the request.');
      expect(text('admin-session-cost', declined)).toBe('—');
      expect(text('admin-sessions-summary')).toBe('1–3 of 3 sessions');

      // Rows shown follow the frames.
      frame('tick', view({ id: 's-live', billing: testBilling({ unitsBilled: 3, cost: 300 }) }));
      await stable();
      expect(text('admin-session-cost', listRows()[1])).toBe('€3.00 so far');
    });

    it('reads the filters from the URL (dropping malformed ones)', async () => {
      await harness.navigateByUrl(
        '/admin/sessions?state=ENDED&channel=VIDEO&expertId=u-expert&clientId=bad%20id&from=2026-03-01&to=2026-02-30&page=2',
      );
      liveRequest().flush(pageOf([], { size: 100 }));
      const req = listRequest();
      const params = req.request.params;
      expect(params.get('state')).toBe('ENDED');
      expect(params.get('channel')).toBe('VIDEO');
      expect(params.get('expertId')).toBe('u-expert');
      expect(params.has('clientId')).toBe(false);
      expect(params.get('from')).toBe('2026-03-01');
      expect(params.has('to')).toBe(false);
      expect(params.get('page')).toBe('2');
      req.flush(pageOf([], { page: 2, total: 41 }));
      await stable();
      expect(q<HTMLSelectElement>('admin-sessions-state')!.value).toBe('ENDED');
      expect(q<HTMLSelectElement>('admin-sessions-channel')!.value).toBe('VIDEO');
      expect(q<HTMLInputElement>('admin-sessions-expert-id')!.value).toBe('u-expert');
      expect(q<HTMLInputElement>('admin-sessions-from')!.value).toBe('2026-03-01');
    });

    it('sends the filters of the form, in the URL, from the first page', async () => {
      await open([], [view()], '/admin/sessions?page=3');

      const state = q<HTMLSelectElement>('admin-sessions-state')!;
      state.value = 'ENDED';
      state.dispatchEvent(new Event('change'));
      await stable();
      expect(router.url).toBe('/admin/sessions?state=ENDED');
      expect(listRequest().request.params.get('state')).toBe('ENDED');

      const channel = q<HTMLSelectElement>('admin-sessions-channel')!;
      channel.value = 'AUDIO';
      channel.dispatchEvent(new Event('change'));
      await stable();
      listRequest().flush(pageOf([]));
      await stable();

      // A malformed id is said, not sent.
      type('admin-sessions-expert-id', 'not an id!');
      q('admin-sessions-apply')!.click();
      await stable();
      expect(text('field-error-expertId')).toBe('Use letters, digits and dashes only.');
      backend.expectNone(ADMIN_SESSIONS_API.sessions);

      type('admin-sessions-expert-id', ' u-expert ');
      type('admin-sessions-client-id', 'u-client');
      q('admin-sessions-apply')!.click();
      await stable();
      expect(q('field-error-expertId')).toBeNull();

      const from = q<HTMLInputElement>('admin-sessions-from')!;
      from.value = '2026-03-01';
      from.dispatchEvent(new Event('change'));
      await stable();
      const to = q<HTMLInputElement>('admin-sessions-to')!;
      to.value = '2026-03-31';
      to.dispatchEvent(new Event('change'));
      await stable();
      expect(router.url).toBe(
        '/admin/sessions?state=ENDED&channel=AUDIO&expertId=u-expert&clientId=u-client&from=2026-03-01&to=2026-03-31',
      );
      const requests = backend.match((r) => r.url === ADMIN_SESSIONS_API.sessions);
      const last = requests[requests.length - 1];
      expect(last.request.params.keys().sort()).toEqual([
        'channel',
        'clientId',
        'expertId',
        'from',
        'page',
        'state',
        'to',
      ]);
      expect(last.request.params.get('expertId')).toBe('u-expert');
      expect(last.request.params.get('clientId')).toBe('u-client');
      expect(last.request.params.get('to')).toBe('2026-03-31');
      expect(last.request.params.get('page')).toBe('0');
      last.flush(pageOf([]));
      await stable();
      // Cancelled earlier requests were superseded by the newest (switchMap).
      expect(text('admin-sessions-empty')).toContain('No sessions match these filters');

      q<HTMLButtonElement>('admin-sessions-clear')!.click();
      await stable();
      expect(router.url).toBe('/admin/sessions');
      expect(q<HTMLInputElement>('admin-sessions-expert-id')!.value).toBe('');
      listRequest().flush(pageOf([view()]));
    });

    it('filters by a participant from their name, and shows list errors with a retry', async () => {
      await open([], [view()]);
      q<HTMLAnchorElement>('admin-session-client', listRows()[0])!.click();
      await stable();
      expect(router.url).toBe('/admin/sessions?clientId=u-client');
      flushProblem(listRequest(), 400, { detail: 'to must be a date like 2026-11-28' });
      await stable();
      expect(text('admin-sessions-error')).toContain('to must be a date like 2026-11-28');
      q<HTMLButtonElement>('admin-sessions-retry')!.click();
      const retry = listRequest();
      expect(retry.request.params.get('clientId')).toBe('u-client');
      retry.flush(pageOf([view()]));
      await stable();
      expect(listRows()).toHaveLength(1);
    });
  });
});
