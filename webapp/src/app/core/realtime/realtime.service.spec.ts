import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Elsewhere, endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { flushProblem, testSession } from '../../testing/auth-fixtures';
import { AUTH_API } from '../auth/auth.model';
import { AuthService } from '../auth/auth.service';
import { REALTIME_API, ServerMessage } from './realtime.model';
import {
  HEARTBEAT_MS,
  HEARTBEAT_TIMEOUT_MS,
  RECONNECT_MAX_MS,
  RECONNECT_MIN_MS,
  RealtimeService,
  WEB_SOCKET_FACTORY,
  backoffDelay,
} from './realtime.service';

/** A WebSocket the test drives. */
class FakeSocket {
  readyState = 0;
  readonly sent: Record<string, unknown>[] = [];
  closedWith?: number;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(readonly url: string) {}

  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  receive(message: ServerMessage | Record<string, unknown> | string): void {
    const data = typeof message === 'string' ? message : JSON.stringify(message);
    this.onmessage?.({ data } as MessageEvent);
  }

  /** The server (or the network) closes the connection. */
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(code?: number): void {
    this.closedWith = code;
    this.readyState = 3;
  }
}

const welcome = (userId = 'u-1'): ServerMessage => ({
  type: 'welcome',
  protocol: 1,
  userId,
  role: 'CLIENT',
  serverTime: new Date(Date.now() + 5000).toISOString(),
});

describe('backoffDelay', () => {
  it('grows exponentially from 0.5 s, capped at 10 s, with jitter between half and all of it', () => {
    expect(backoffDelay(0, () => 0)).toBe(RECONNECT_MIN_MS);
    expect(backoffDelay(0, () => 1)).toBe(RECONNECT_MIN_MS);
    expect(backoffDelay(1, () => 1)).toBe(1000);
    expect(backoffDelay(2, () => 0)).toBe(1000);
    expect(backoffDelay(2, () => 1)).toBe(2000);
    expect(backoffDelay(3, () => 0.5)).toBe(3000);
    expect(backoffDelay(10, () => 1)).toBe(RECONNECT_MAX_MS);
    expect(backoffDelay(30, () => 0)).toBe(RECONNECT_MAX_MS / 2);
    for (let attempt = 0; attempt < 12; attempt++) {
      const delay = backoffDelay(attempt);
      expect(delay).toBeGreaterThanOrEqual(RECONNECT_MIN_MS);
      expect(delay).toBeLessThanOrEqual(RECONNECT_MAX_MS);
    }
  });
});

describe('RealtimeService', () => {
  let backend: HttpTestingController;
  let service: RealtimeService;
  let sockets: FakeSocket[];
  const socket = () => sockets[sockets.length - 1];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    sockets = [];
    backend = setUpAppTest({
      routes: [{ path: '**', component: Elsewhere }],
      providers: [
        {
          provide: WEB_SOCKET_FACTORY,
          useValue: (url: string) => {
            const created = new FakeSocket(url);
            sockets.push(created);
            return created as unknown as WebSocket;
          },
        },
      ],
    });
    service = TestBed.inject(RealtimeService);
    service.start();
  });

  afterEach(() => {
    endAppTest(backend);
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** Signs in and answers the ticket request; the socket is created but not open yet. */
  function signInAndGetTicket(ticket = 't-1'): void {
    signIn(backend, { id: 'u-1', role: 'CLIENT' });
    TestBed.tick();
    expect(service.status()).toBe('connecting');
    flushTicket(ticket);
  }

  function flushTicket(ticket: string): void {
    const req = backend.expectOne(REALTIME_API.ticket);
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush(
      { ticket, expiresAt: '2026-03-01T10:00:30Z' },
      { status: 201, statusText: 'Created' },
    );
  }

  it('stays closed, without any request, while signed out', () => {
    TestBed.tick();
    expect(service.status()).toBe('closed');
    expect(sockets).toHaveLength(0);
    expect(service.send({ type: 'ping' })).toBeNull();
  });

  it('connects after sign-in with a fresh ticket and hands out the messages by type', () => {
    const all: string[] = [];
    const chats: string[] = [];
    let connected = 0;
    let reconnected = 0;
    service.messages$.subscribe((m) => all.push(m.type));
    service.on('chat.message').subscribe((m) => chats.push(m.text));
    service.connected$.subscribe(() => connected++);
    service.reconnected$.subscribe(() => reconnected++);

    signInAndGetTicket('ticket/1');
    expect(socket().url).toBe(`ws://${location.host}/ws?ticket=ticket%2F1`);
    socket().open();
    expect(service.status()).toBe('open');

    socket().receive(welcome());
    socket().receive({
      type: 'chat.message',
      sessionId: 's-1',
      seq: 1,
      senderId: 'u-2',
      text: 'hi',
      sentAt: '2026-03-01T10:00:00Z',
      replyTo: null,
    });
    socket().receive({ type: 'presence.changed', expertId: 'e-1', presence: 'BUSY' });
    socket().receive('not json');
    socket().receive({ no: 'type' });

    expect(all).toEqual(['welcome', 'chat.message', 'presence.changed']);
    expect(chats).toEqual(['hi']);
    expect(connected).toBe(1);
    expect(reconnected).toBe(0);
    // Server clock ahead by about 5 s.
    expect(Math.round(service.serverOffsetMs() / 1000)).toBe(5);
  });

  it('sends JSON with an id (given or new) only while open', () => {
    signInAndGetTicket();
    expect(service.send({ type: 'ping' })).toBeNull();
    socket().open();

    const id = service.send({ type: 'chat.typing', sessionId: 's-1' });
    expect(id).toMatch(/^[a-z0-9]+-\d+$/);
    expect(id!.length).toBeLessThanOrEqual(64);
    expect(service.send({ type: 'chat.send', id: 'mine-1', sessionId: 's-1', text: 'x' })).toBe(
      'mine-1',
    );
    expect(socket().sent).toEqual([
      { type: 'chat.typing', sessionId: 's-1', id },
      { type: 'chat.send', id: 'mine-1', sessionId: 's-1', text: 'x' },
    ]);
    expect(service.newId()).not.toBe(service.newId());
  });

  it('reconnects with backoff and a new ticket, watches again and says it reconnected', () => {
    let reconnected = 0;
    service.reconnected$.subscribe(() => reconnected++);
    signInAndGetTicket('t-1');
    socket().open();
    socket().receive(welcome());
    service.watchPresence(['e-1', 'e-2']);
    expect(socket().sent).toEqual([
      expect.objectContaining({ type: 'presence.watch', expertIds: ['e-1', 'e-2'] }),
    ]);

    socket().drop(1006);
    expect(service.status()).toBe('reconnecting');
    vi.advanceTimersByTime(RECONNECT_MIN_MS - 1);
    backend.expectNone(REALTIME_API.ticket);
    vi.advanceTimersByTime(1);
    expect(service.status()).toBe('reconnecting');
    flushTicket('t-2');
    expect(socket().url).toContain('ticket=t-2');
    socket().open();
    expect(service.status()).toBe('open');
    expect(socket().sent).toEqual([
      expect.objectContaining({ type: 'presence.watch', expertIds: ['e-1', 'e-2'] }),
    ]);
    expect(reconnected).toBe(0);
    socket().receive(welcome());
    expect(reconnected).toBe(1);
  });

  it('backs off further while attempts keep failing, and starts over once welcomed', () => {
    vi.mocked(Math.random).mockReturnValue(1);
    signInAndGetTicket();
    socket().drop();

    vi.advanceTimersByTime(500);
    flushProblem(backend.expectOne(REALTIME_API.ticket), 503);
    vi.advanceTimersByTime(999);
    backend.expectNone(REALTIME_API.ticket);
    vi.advanceTimersByTime(1);
    flushTicket('t-3');
    socket().drop(); // the handshake was refused

    vi.advanceTimersByTime(1999);
    backend.expectNone(REALTIME_API.ticket);
    vi.advanceTimersByTime(1);
    flushTicket('t-4');
    socket().open();
    socket().receive(welcome());
    socket().drop();

    vi.advanceTimersByTime(500);
    flushTicket('t-5');
  });

  it('does not reconnect after close code 1008: a failed refresh signs out', async () => {
    signInAndGetTicket();
    socket().open();
    socket().drop(1008);
    expect(service.status()).toBe('closed');

    flushProblem(backend.expectOne(AUTH_API.refresh), 401);
    await vi.advanceTimersByTimeAsync(RECONNECT_MAX_MS * 2);
    TestBed.tick();
    backend.expectNone(REALTIME_API.ticket);
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
    expect(service.status()).toBe('closed');
    expect(TestBed.inject(Router).url).toMatch(/^\/login/);
  });

  it('after close code 1008 with a successful refresh, connects again with a new ticket', () => {
    signInAndGetTicket();
    socket().open();
    socket().drop(1008);
    backend
      .expectOne(AUTH_API.refresh)
      .flush(testSession({ accessToken: 'token-1' }, { id: 'u-1', role: 'CLIENT' }));
    TestBed.tick();
    flushTicket('t-after-refresh');
    expect(socket().url).toContain('t-after-refresh');
  });

  it('closes on sign-out and does not come back', () => {
    signInAndGetTicket();
    const open = socket();
    open.open();
    TestBed.inject(AuthService).clearSession({ forget: true });
    TestBed.tick();
    expect(open.closedWith).toBe(1000);
    expect(service.status()).toBe('closed');
    vi.advanceTimersByTime(RECONNECT_MAX_MS * 2);
    backend.expectNone(REALTIME_API.ticket);
  });

  it('pings regularly and reconnects when no pong comes back', () => {
    signInAndGetTicket();
    const first = socket();
    first.open();
    vi.advanceTimersByTime(HEARTBEAT_MS);
    const ping = first.sent.find((m) => m['type'] === 'ping')!;
    expect(ping).toBeDefined();
    first.receive({ type: 'pong', replyTo: ping['id'] as string });
    vi.advanceTimersByTime(HEARTBEAT_TIMEOUT_MS);
    expect(service.status()).toBe('open');

    vi.advanceTimersByTime(HEARTBEAT_MS - HEARTBEAT_TIMEOUT_MS + HEARTBEAT_TIMEOUT_MS);
    expect(service.status()).toBe('reconnecting');
    expect(first.closedWith).toBe(1000);
    vi.advanceTimersByTime(RECONNECT_MIN_MS);
    flushTicket('t-2');
  });
});
