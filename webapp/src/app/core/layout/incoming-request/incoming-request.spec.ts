import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Elsewhere, endAppTest, setUpAppTest, signIn } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { FakeRealtime, fakeRealtime } from '../../../testing/fake-realtime';
import { testLiveSession } from '../../../testing/session-fixtures';
import { byTestId, textOf } from '../../../testing/test-helpers';
import { Role } from '../../auth/auth.model';
import { AttentionService, NotificationState } from '../../sessions/attention.service';
import { IncomingRequestsService } from '../../sessions/incoming-requests.service';
import { SESSIONS_API, Session } from '../../sessions/session.model';
import { CLOCK } from '../../time/clock';
import { IncomingRequest } from './incoming-request';

const NOW = Date.parse('2026-03-01T10:00:15Z');

function request(id: string, overrides: Partial<Session> = {}): Session {
  return testLiveSession({
    id,
    state: 'REQUESTED',
    channel: 'VIDEO',
    startedAt: null,
    requestedAt: '2026-03-01T10:00:00Z',
    expiresAt: '2026-03-01T10:01:00Z',
    client: { id: `c-${id}`, displayName: `Client ${id}` },
    ...overrides,
  });
}

describe('Incoming requests', () => {
  let backend: HttpTestingController;
  let realtime: FakeRealtime;
  let fixture: ComponentFixture<IncomingRequest>;
  let attention: {
    permission: ReturnType<typeof signal<NotificationState>>;
    beep: ReturnType<typeof vi.fn>;
    notify: ReturnType<typeof vi.fn>;
    requestPermission: ReturnType<typeof vi.fn>;
  };

  async function setUp(role: Role = 'EXPERT'): Promise<void> {
    const fake = fakeRealtime();
    realtime = fake.fake;
    attention = {
      permission: signal<NotificationState>('default'),
      beep: vi.fn(),
      notify: vi.fn(),
      requestPermission: vi.fn(async () => attention.permission.set('granted')),
    };
    backend = setUpAppTest({
      routes: [{ path: '**', component: Elsewhere }],
      providers: [
        fake.provider,
        { provide: AttentionService, useValue: attention },
        { provide: CLOCK, useValue: () => NOW },
      ],
      lang: 'en',
    });
    signIn(backend, { id: 'u-expert', role });
    TestBed.inject(IncomingRequestsService).start();
    fixture = TestBed.createComponent(IncomingRequest);
    await fixture.whenStable();
  }

  afterEach(() => endAppTest(backend));

  const q = (id: string) => byTestId<HTMLButtonElement>(fixture, id);
  const text = (id: string) => textOf(fixture, id);
  const stable = () => fixture.whenStable();
  const requested = (session: Session) =>
    realtime.emit({ type: 'session.requested', sessionId: session.id, session });

  it('shows a request for me with client, channel and countdown, and gets my attention', async () => {
    await setUp();
    expect(q('incoming-request')).toBeNull();
    requested(request('s-1'));
    requested(request('s-1')); // the same again (another tab's echo): one card, one beep
    await stable();

    expect(q('incoming-request')?.dataset['id']).toBe('s-1');
    expect(text('incoming-client')).toBe('Client s-1');
    expect(text('incoming-channel')).toBe('Video call');
    expect(text('incoming-countdown')).toBe('0:45');
    expect(attention.beep).toHaveBeenCalledTimes(1);
    expect(attention.notify).toHaveBeenCalledWith(
      'New consultation request',
      'Client s-1 is asking for a consultation: Video call.',
      'skillfast-session-s-1',
    );
  });

  it('ignores requests for other experts and expired ones', async () => {
    await setUp();
    requested(request('s-1', { expert: { id: 'u-other', displayName: 'Other' } }));
    requested(request('s-2', { expiresAt: '2026-03-01T10:00:10Z' }));
    await stable();
    expect(q('incoming-request')).toBeNull();
    expect(attention.beep).not.toHaveBeenCalled();
  });

  it('accepts and opens the room', async () => {
    await setUp();
    requested(request('s-1'));
    await stable();
    q('incoming-accept')!.click();
    await stable();
    expect(q('incoming-decline')!.disabled).toBe(true);
    const req = backend.expectOne(`${SESSIONS_API.sessions}/s-1/accept`);
    expect(req.request.method).toBe('POST');
    req.flush({ ...request('s-1'), state: 'ACTIVE' });
    await stable();
    expect(TestBed.inject(Router).url).toBe('/sessions/s-1');
    expect(q('incoming-request')).toBeNull();
  });

  it('queues requests, declines one, and drops those answered or withdrawn elsewhere', async () => {
    await setUp();
    requested(request('s-1'));
    requested(request('s-2', { requestedAt: '2026-03-01T10:00:05Z' }));
    requested(request('s-3', { requestedAt: '2026-03-01T10:00:07Z' }));
    await stable();
    expect(q('incoming-request')?.dataset['id']).toBe('s-1');
    expect(text('incoming-more')).toBe('2 more waiting');

    q('incoming-decline')!.click();
    backend
      .expectOne(`${SESSIONS_API.sessions}/s-1/decline`)
      .flush({ ...request('s-1'), state: 'DECLINED' });
    await stable();
    expect(q('incoming-request')?.dataset['id']).toBe('s-2');
    expect(text('incoming-more')).toBe('1 more waiting');

    realtime.emit({
      type: 'session.cancelled',
      sessionId: 's-2',
      session: { ...request('s-2'), state: 'CANCELLED' },
    });
    await stable();
    expect(q('incoming-request')?.dataset['id']).toBe('s-3');
    expect(q('incoming-more')).toBeNull();

    realtime.emit({
      type: 'session.expired',
      sessionId: 's-3',
      session: { ...request('s-3'), state: 'EXPIRED' },
    });
    await stable();
    expect(q('incoming-request')).toBeNull();
  });

  it('shows the problem when the request is gone, and can dismiss it', async () => {
    await setUp();
    requested(request('s-1'));
    await stable();
    q('incoming-accept')!.click();
    flushProblem(backend.expectOne(`${SESSIONS_API.sessions}/s-1/accept`), 409, {
      detail: 'The client cancelled the request.',
    });
    await stable();
    expect(text('incoming-error')).toContain('The client cancelled the request.');
    q('incoming-dismiss')!.click();
    await stable();
    expect(q('incoming-request')).toBeNull();
  });

  it('reads the waiting requests again when the connection (re)opens', async () => {
    await setUp();
    requested(request('s-gone'));
    await stable();
    realtime.reconnect();
    const req = backend.expectOne((r) => r.url === SESSIONS_API.sessions && r.method === 'GET');
    expect(req.request.params.get('state')).toBe('REQUESTED');
    req.flush({ items: [request('s-new')], total: 1, page: 0, size: 20 });
    await stable();
    expect(q('incoming-request')?.dataset['id']).toBe('s-new');
    expect(q('incoming-more')).toBeNull();
  });

  it('offers to enable desktop notifications, only on request', async () => {
    await setUp();
    requested(request('s-1'));
    await stable();
    expect(attention.requestPermission).not.toHaveBeenCalled();
    q('incoming-enable-notifications')!.click();
    await stable();
    expect(attention.requestPermission).toHaveBeenCalled();
    expect(q('incoming-enable-notifications')).toBeNull();
  });

  it('does nothing for clients', async () => {
    await setUp('CLIENT');
    requested(request('s-1', { expert: { id: 'u-expert', displayName: 'x' } }));
    realtime.reconnect();
    await stable();
    backend.expectNone(SESSIONS_API.sessions);
    // The client here has the expert's id only by coincidence of the fixture: not an expert.
    expect(q('incoming-request')).toBeNull();
  });
});
