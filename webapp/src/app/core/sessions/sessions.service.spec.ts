import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import {
  testBilling,
  testLiveSession,
  testMessage,
  testSettlement,
} from '../../testing/session-fixtures';
import { ChatMessage, MESSAGES_PAGE_LIMIT, SESSIONS_API, mergeSession } from './session.model';
import { StartOutcome, SessionsService } from './sessions.service';
import { testApproval } from '../../testing/cost-centre-fixtures';

describe('SessionsService', () => {
  let backend: HttpTestingController;
  let api: SessionsService;

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    api = TestBed.inject(SessionsService);
  });

  afterEach(() => endAppTest(backend));

  it('requests a session with the bearer token', () => {
    let created: string | undefined;
    api.request('e-1', 'AUDIO').subscribe((s) => (created = s.id));
    const req = backend.expectOne(SESSIONS_API.sessions);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ expertId: 'e-1', channel: 'AUDIO' });
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush(testLiveSession({ id: 's-9' }), { status: 201, statusText: 'Created' });
    expect(created).toBe('s-9');
  });

  it('starts a session on a cost centre: the session on 201', () => {
    let outcome: StartOutcome | undefined;
    api
      .start({
        expertId: 'e-1',
        channel: 'CHAT',
        fundedBy: { type: 'COST_CENTRE', code: 'MKT' },
        expectedMinutes: 30,
      })
      .subscribe((o) => (outcome = o));
    const req = backend.expectOne(SESSIONS_API.sessions);
    expect(req.request.body).toEqual({
      expertId: 'e-1',
      channel: 'CHAT',
      fundedBy: { type: 'COST_CENTRE', code: 'MKT' },
      expectedMinutes: 30,
    });
    req.flush(testLiveSession({ id: 's-7' }), { status: 201, statusText: 'Created' });
    expect(outcome?.kind).toBe('started');
    expect(outcome?.kind === 'started' && outcome.session.id).toBe('s-7');
  });

  it('answers the approval to wait for on 202', () => {
    let outcome: StartOutcome | undefined;
    api
      .start({ expertId: 'e-1', channel: 'VIDEO', fundedBy: { type: 'COST_CENTRE', code: 'MKT' } })
      .subscribe((o) => (outcome = o));
    backend
      .expectOne(SESSIONS_API.sessions)
      .flush({ approval: testApproval({ id: 'ap-3' }) }, { status: 202, statusText: 'Accepted' });
    expect(outcome).toEqual({ kind: 'awaiting', approval: testApproval({ id: 'ap-3' }) });
  });

  it('reads one session and lists own sessions by state and page', () => {
    api.get('s/1').subscribe();
    backend.expectOne('/api/sessions/s%2F1').flush(testLiveSession());

    api.list({ state: 'ENDED', page: 2 }).subscribe();
    const list = backend.expectOne((r) => r.url === SESSIONS_API.sessions && r.method === 'GET');
    expect(list.request.params.get('state')).toBe('ENDED');
    expect(list.request.params.get('page')).toBe('2');
    expect(list.request.params.get('size')).toBe('20');
    list.flush({ items: [], total: 0, page: 2, size: 20 });

    api.list({ state: '', page: 0, size: 5 }).subscribe();
    const all = backend.expectOne((r) => r.url === SESSIONS_API.sessions && r.method === 'GET');
    expect(all.request.params.has('state')).toBe(false);
    expect(all.request.params.get('size')).toBe('5');
    all.flush({ items: [], total: 0, page: 0, size: 5 });
  });

  it('posts the lifecycle actions and passes 409 problems on', () => {
    for (const action of ['accept', 'decline', 'cancel', 'end'] as const) {
      api[action]('s-1').subscribe();
      const req = backend.expectOne(`/api/sessions/s-1/${action}`);
      expect(req.request.method).toBe('POST');
      req.flush(testLiveSession());
    }
    let status = 0;
    api.accept('s-2').subscribe({ error: (e: { status: number }) => (status = e.status) });
    flushProblem(backend.expectOne('/api/sessions/s-2/accept'), 409, { detail: 'Too late.' });
    expect(status).toBe(409);
  });

  it('reads the whole chat history page by page', () => {
    let all: ChatMessage[] = [];
    api.messagesAfter('s-1', 3).subscribe((items) => (all = items));
    const first = backend.expectOne((r) => r.url === '/api/sessions/s-1/messages');
    expect(first.request.params.get('afterSeq')).toBe('3');
    expect(first.request.params.get('limit')).toBe(String(MESSAGES_PAGE_LIMIT));
    const page1 = Array.from({ length: MESSAGES_PAGE_LIMIT }, (_, i) => testMessage(i + 4, 'u-1'));
    first.flush({ items: page1, lastSeq: MESSAGES_PAGE_LIMIT + 3 });

    const second = backend.expectOne((r) => r.url === '/api/sessions/s-1/messages');
    expect(second.request.params.get('afterSeq')).toBe(String(MESSAGES_PAGE_LIMIT + 3));
    second.flush({ items: [testMessage(MESSAGES_PAGE_LIMIT + 4, 'u-2')], lastSeq: 204 });
    expect(all).toHaveLength(MESSAGES_PAGE_LIMIT + 1);
  });

  it('reads the ICE servers (an empty list is fine)', () => {
    let servers: RTCIceServer[] | undefined;
    api.iceServers().subscribe((s) => (servers = s));
    backend.expectOne(SESSIONS_API.rtcConfig).flush({ iceServers: [] });
    expect(servers).toEqual([]);
    api.iceServers().subscribe((s) => (servers = s));
    backend
      .expectOne(SESSIONS_API.rtcConfig)
      .flush({ iceServers: [{ urls: 'stun:stun.example.com' }] });
    expect(servers).toEqual([{ urls: 'stun:stun.example.com' }]);
  });
});

describe('mergeSession', () => {
  it('never goes back in the lifecycle, and read marks never move back', () => {
    const active = testLiveSession({
      state: 'ACTIVE',
      readSeq: { client: 5, expert: 2 },
    });
    const ended = testLiveSession({
      state: 'ENDED',
      endReason: 'CLIENT',
      readSeq: { client: 3, expert: 4 },
    });
    expect(mergeSession(active, ended)).toEqual({
      ...ended,
      readSeq: { client: 5, expert: 4 },
    });
    // A stale REST answer arriving after the "ended" event does not revive the session.
    expect(mergeSession(ended, active).state).toBe('ENDED');
    expect(mergeSession(null, active)).toBe(active);
    expect(mergeSession(testLiveSession({ id: 'other' }), active)).toBe(active);
  });

  it('keeps the billing that went furthest and a settlement once known', () => {
    const early = testLiveSession({ billing: testBilling({ unitsBilled: 2, cost: 150 }) });
    const later = testLiveSession({ billing: testBilling({ unitsBilled: 3, cost: 300 }) });
    expect(mergeSession(later, early).billing?.unitsBilled).toBe(3);
    expect(mergeSession(early, later).billing?.unitsBilled).toBe(3);
    // A copy without billing (an older server, or a frame before ACTIVE) keeps what is known.
    expect(mergeSession(later, testLiveSession()).billing?.unitsBilled).toBe(3);

    const settled = testLiveSession({ state: 'ENDED', settlement: testSettlement() });
    const unsettled = testLiveSession({ state: 'ENDED', settlement: null });
    expect(mergeSession(settled, unsettled).settlement?.total).toBe(450);
    expect(mergeSession(unsettled, settled).settlement?.total).toBe(450);
    expect(mergeSession(unsettled, unsettled).settlement ?? null).toBeNull();
  });
});
