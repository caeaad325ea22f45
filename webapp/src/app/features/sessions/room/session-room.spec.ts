import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { Role } from '../../../core/auth/auth.model';
import { RECEIPT_RETRY } from '../../../core/billing/billing.service';
import { GET_USER_MEDIA, PEER_CONNECTION_FACTORY } from '../../../core/realtime/webrtc';
import { ChatMessage, Session } from '../../../core/sessions/session.model';
import { CLOCK } from '../../../core/time/clock';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { FakeRealtime, fakeRealtime } from '../../../testing/fake-realtime';
import {
  testBilling,
  testLiveSession,
  testMessage,
  testSettlement,
} from '../../../testing/session-fixtures';
import { FakePeerConnection } from '../../../testing/fake-webrtc';
import SessionRoom from './session-room';

const NOW = Date.parse('2026-03-01T10:05:00Z');
const CLIENT = 'u-client';
const EXPERT = 'u-expert';

describe('Session room', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;
  let getUserMedia: ReturnType<typeof vi.fn>;

  async function setUp(role: Role, userId: string): Promise<void> {
    const fake = fakeRealtime();
    realtime = fake.fake;
    FakePeerConnection.created = [];
    // jsdom plays no media.
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    getUserMedia = vi.fn(
      async () =>
        ({
          getTracks: () => [],
          getAudioTracks: () => [],
          getVideoTracks: () => [],
        }) as unknown as MediaStream,
    );
    backend = setUpAppTest({
      routes: [
        { path: 'sessions/:id', component: SessionRoom },
        { path: 'sessions', component: Elsewhere },
        { path: 'experts/:id', component: Elsewhere },
      ],
      providers: [
        fake.provider,
        { provide: CLOCK, useValue: () => NOW },
        { provide: RECEIPT_RETRY, useValue: { attempts: 3, delayMs: 1 } },
        { provide: GET_USER_MEDIA, useValue: getUserMedia },
        {
          provide: PEER_CONNECTION_FACTORY,
          useValue: (config: RTCConfiguration) => new FakePeerConnection(config),
        },
      ],
      lang: 'en',
    });
    signIn(backend, { id: userId, role, displayName: role === 'CLIENT' ? 'Carla' : 'Laura' });
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => {
    // An ended session's review card asks for its review (covered in session-review.spec.ts).
    backend
      .match((r) => r.method === 'GET' && /^\/api\/sessions\/[^/]+\/review$/.test(r.url))
      .forEach((r) => flushProblem(r, 404));
    endAppTest(backend);
    vi.restoreAllMocks();
  });

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const stable = () => harness.fixture.whenStable();
  const room = () => q('session-room');
  const click = async (id: string) => {
    q<HTMLButtonElement>(id)!.click();
    await stable();
  };

  async function open(session: Session, messages?: ChatMessage[]): Promise<void> {
    await harness.navigateByUrl(`/sessions/${session.id}`);
    expect(q('session-loading')).not.toBeNull();
    backend.expectOne(`/api/sessions/${session.id}`).flush(session);
    await stable();
    if (messages) {
      flushMessages(session.id, messages);
      await stable();
    }
  }

  /** The next receipt request (retries come after a short delay). */
  function receiptRequest() {
    return vi.waitFor(() => backend.expectOne('/api/sessions/s-1/receipt'));
  }

  function flushMessages(id: string, items: ChatMessage[], afterSeq = 0): void {
    const req = backend.expectOne((r) => r.url === `/api/sessions/${id}/messages`);
    expect(req.request.params.get('afterSeq')).toBe(String(afterSeq));
    req.flush({ items, lastSeq: items.length ? items[items.length - 1].seq : afterSeq });
  }

  function event(kind: 'accepted' | 'ended' | 'cancelled' | 'expired', session: Session): void {
    realtime.emit({ type: `session.${kind}`, sessionId: session.id, session });
  }

  const requested = testLiveSession({
    state: 'REQUESTED',
    startedAt: null,
    expiresAt: new Date(NOW + 42_000).toISOString(),
  });
  const active = testLiveSession({
    state: 'ACTIVE',
    startedAt: new Date(NOW - 83_000).toISOString(),
  });

  describe('as the client', () => {
    beforeEach(() => setUp('CLIENT', CLIENT));

    it('waits with a countdown, and can cancel the request', async () => {
      await open(requested);
      expect(room()?.dataset['state']).toBe('REQUESTED');
      expect(text('session-counterpart')).toBe('Laura Martín');
      expect(text('session-waiting')).toBe('Waiting for Laura Martín…');
      expect(text('session-countdown')).toBe('0:42');
      expect(q('session-accept')).toBeNull();
      expect(q('chat-panel')).toBeNull();

      await click('session-cancel');
      const req = backend.expectOne('/api/sessions/s-1/cancel');
      expect(req.request.method).toBe('POST');
      req.flush({ ...requested, state: 'CANCELLED' });
      await stable();

      expect(room()?.dataset['state']).toBe('CANCELLED');
      expect(q('session-ended')?.dataset['reason']).toBe('CANCELLED');
      expect(text('session-ended-message')).toBe('You cancelled the request.');
      expect(q('session-back-expert')?.getAttribute('href')).toBe('/experts/u-expert');
      expect(q('session-back-sessions')?.getAttribute('href')).toBe('/sessions');
    });

    it('says which cost centre pays, and nothing for the wallet', async () => {
      await open({ ...requested, fundedBy: { type: 'COST_CENTRE', code: 'MKT', limit: 5000 } });
      expect(text('session-funded-by')).toBe('Paid by MKT');
      event('accepted', { ...active, fundedBy: { type: 'WALLET', code: null, limit: null } });
      await stable();
      expect(q('session-funded-by')).toBeNull();
      flushMessages('s-1', []);
    });

    it('follows the session events: accepted → chat, ended by the expert → read-only', async () => {
      await open(requested);
      event('accepted', { ...active });
      await stable();
      expect(room()?.dataset['state']).toBe('ACTIVE');
      expect(text('session-elapsed')).toBe('01:23');
      expect(q('chat-loading')).not.toBeNull();
      flushMessages('s-1', [testMessage(1, EXPERT, 'Hello Carla')]);
      await stable();
      expect(all('chat-message')).toHaveLength(1);

      // Events of other sessions are ignored.
      realtime.emit({
        type: 'session.ended',
        sessionId: 's-other',
        session: testLiveSession({ id: 's-other', state: 'ENDED' }),
      });
      await stable();
      expect(room()?.dataset['state']).toBe('ACTIVE');

      event('ended', {
        ...active,
        state: 'ENDED',
        endReason: 'EXPERT',
        endedAt: new Date(NOW).toISOString(),
      });
      await stable();
      expect(room()?.dataset['state']).toBe('ENDED');
      expect(q('session-ended')?.dataset['reason']).toBe('EXPERT');
      expect(text('session-ended-message')).toBe('The expert ended the session.');
      expect(text('session-duration')).toBe('Duration: 01:23');
      expect(q('session-end')).toBeNull();
      // The receipt is fetched (the event's session is not settled yet).
      expect(q('receipt-loading')).not.toBeNull();
      backend.expectOne('/api/sessions/s-1/receipt').flush(testSettlement());
      await stable();
      expect(text('receipt-total')).toBe('€4.50');
      expect(text('receipt-minutes')).toBe('4');
      expect(text('receipt-free')).toBe('1');
      expect(text('receipt-duration')).toBe('03:35');
      expect(q('receipt-earning')).toBeNull();
      // The chat stays, readable only (not reloaded).
      expect(text('chat-text')).toBe('Hello Carla');
      expect(q('chat-input')).toBeNull();
      expect(q('chat-readonly')).not.toBeNull();
    });

    it('explains why a session ended, with the receipt it carries', async () => {
      await open(
        testLiveSession({
          state: 'ENDED',
          endReason: 'FUNDS',
          endedAt: '2026-03-01T10:04:00Z',
          settlement: testSettlement(),
        }),
        [],
      );
      expect(q('session-ended')?.dataset['reason']).toBe('FUNDS');
      expect(text('session-ended-message')).toBe('The session ended because your balance ran out.');
      expect(q('session-wallet')?.getAttribute('href')).toBe('/wallet');
      expect(text('chat-empty')).toBe('No messages were exchanged.');
      expect(text('receipt-total')).toBe('€4.50');
      backend.expectNone('/api/sessions/s-1/receipt');
    });

    it("says an administrator ended it, with the administrator's reason", async () => {
      await open(
        testLiveSession({
          state: 'ENDED',
          endReason: 'ADMIN',
          endedAt: '2026-03-01T10:04:00Z',
          settlement: testSettlement(),
        }),
        [],
      );
      expect(text('session-ended-message')).toBe('An administrator ended the session.');
      event('ended', {
        ...testLiveSession({ state: 'ENDED', endReason: 'ADMIN', endedAt: '2026-03-01T10:04:00Z' }),
        settlement: testSettlement(),
        endNote: 'Abuse reported by the expert.',
      });
      await stable();
      expect(q('session-ended')?.dataset['reason']).toBe('ADMIN');
      expect(text('session-ended-message')).toBe(
        'Ended by an administrator: Abuse reported by the expert.',
      );
    });

    it('ends the session after a confirmation', async () => {
      await open(active, []);
      await click('session-end');
      expect(q('session-end')).toBeNull();
      await click('session-end-cancel');
      backend.expectNone('/api/sessions/s-1/end');

      await click('session-end');
      await click('session-end-confirm');
      backend.expectOne('/api/sessions/s-1/end').flush({
        ...active,
        state: 'ENDED',
        endReason: 'CLIENT',
        endedAt: new Date(NOW).toISOString(),
      });
      await stable();
      expect(room()?.dataset['state']).toBe('ENDED');
      expect(text('session-ended-message')).toBe('You ended the session.');
      // Not settled yet (409): asked again after a short wait.
      flushProblem(await receiptRequest(), 409, { detail: 'Not yet.' });
      (await receiptRequest()).flush(testSettlement({ total: 300 }));
      await stable();
      expect(text('receipt-total')).toBe('€3.00');
    });

    it('shows the running cost, follows billing.tick and warns before the balance runs out', async () => {
      await open({ ...active, billing: testBilling() }, []);
      expect(q('cost-meter')?.dataset['minutes']).toBe('2');
      expect(text('cost-meter-cost')).toBe('€1.50');
      expect(text('cost-meter-rate')).toBe('€1.50/min');
      expect(text('cost-meter-free')).toBe('1');
      expect(text('cost-meter-next')).toBe('Next minute starts in 0:30');
      // The balance comes from the wallet until the first tick.
      const wallet = backend.expectOne((r) => r.url === '/api/wallet');
      expect(wallet.request.params.get('currency')).toBe('EUR');
      wallet.flush({
        currency: 'EUR',
        balance: 600,
        balances: [{ currency: 'EUR', balance: 600 }],
      });
      await stable();
      expect(text('cost-meter-balance')).toBe('€6.00');

      realtime.emit({
        type: 'billing.tick',
        sessionId: 's-1',
        minutes: 3,
        freeMinutes: 1,
        cost: 300,
        currency: 'EUR',
        balance: 200,
        rate: 150,
        nextChargeAt: '2026-03-01T10:06:30Z',
      });
      // Ticks of other sessions are ignored.
      realtime.emit({
        type: 'billing.tick',
        sessionId: 's-other',
        minutes: 9,
        freeMinutes: 0,
        cost: 9999,
        currency: 'EUR',
        balance: 1,
        rate: 150,
        nextChargeAt: null,
      });
      await stable();
      expect(q('cost-meter')?.dataset['minutes']).toBe('3');
      expect(text('cost-meter-cost')).toBe('€3.00');
      expect(text('cost-meter-balance')).toBe('€2.00');
      expect(q('balance-low')).toBeNull();

      realtime.emit({
        type: 'balance.low',
        sessionId: 's-1',
        balance: 50,
        rate: 150,
        currency: 'EUR',
        endsAt: new Date(NOW + 75_000).toISOString(),
      });
      await stable();
      expect(q('balance-low')?.getAttribute('role')).toBe('alert');
      expect(text('balance-low')).toContain('Your balance is running out');
      expect(text('balance-low')).toContain('You have €0.50 left.');
      expect(text('balance-low-time')).toBe('1:15');
      expect(text('cost-meter-balance')).toBe('€0.50');

      event('ended', {
        ...active,
        state: 'ENDED',
        endReason: 'FUNDS',
        endedAt: new Date(NOW).toISOString(),
      });
      await stable();
      expect(q('cost-meter')).toBeNull();
      expect(q('balance-low')).toBeNull();
      expect(text('session-ended-message')).toBe('The session ended because your balance ran out.');
      backend.expectOne('/api/sessions/s-1/receipt').flush(testSettlement());
      await stable();
      expect(q('receipt')).not.toBeNull();
    });

    it('says when the receipt is still not ready, and can ask again', async () => {
      await open(
        testLiveSession({ state: 'ENDED', endReason: 'CLIENT', endedAt: '2026-03-01T10:04:00Z' }),
        [],
      );
      for (let i = 0; i < 3; i++) {
        flushProblem(await receiptRequest(), 409, { detail: 'Not settled yet.' });
      }
      await stable();
      expect(text('receipt-error')).toContain('The receipt is not ready yet.');

      await click('receipt-retry');
      expect(q('receipt-loading')).not.toBeNull();
      (await receiptRequest()).flush(testSettlement());
      await stable();
      expect(q('receipt-error')).toBeNull();
      expect(text('receipt-total')).toBe('€4.50');
    });

    it('shows no receipt where the server has none for this user (404)', async () => {
      await open(
        testLiveSession({ state: 'ENDED', endReason: 'CLIENT', endedAt: '2026-03-01T10:04:00Z' }),
        [],
      );
      flushProblem(await receiptRequest(), 404);
      await stable();
      expect(q('receipt')).toBeNull();
      expect(q('receipt-error')).toBeNull();
      expect(q('receipt-loading')).toBeNull();
    });

    it('shows chat history literally, merges live messages by seq and marks my read messages', async () => {
      const xss = '<img src=x onerror=alert(1)>\n  second line';
      await open({ ...active, readSeq: { client: 0, expert: 1 } }, [
        testMessage(1, CLIENT, 'Hi'),
        testMessage(2, EXPERT, xss),
      ]);
      const messages = all('chat-message');
      expect(messages.map((m) => [m.dataset['seq'], m.dataset['mine']])).toEqual([
        ['1', 'true'],
        ['2', 'false'],
      ]);
      const second = q('chat-text', messages[1])!;
      expect(second.textContent).toBe(xss);
      expect(second.querySelector('img')).toBeNull();
      expect(el().querySelector('img[src="x"]')).toBeNull();
      expect(q('chat-read-mark', messages[0])).not.toBeNull();
      // Seen: read up to the newest seq.
      expect(realtime.sentOf('chat.read')).toEqual([
        { type: 'chat.read', sessionId: 's-1', seq: 2, id: expect.any(String) },
      ]);

      const live = {
        type: 'chat.message' as const,
        sessionId: 's-1',
        replyTo: null,
        ...testMessage(3, EXPERT, 'live one'),
      };
      realtime.emit(live);
      realtime.emit(live);
      realtime.emit({ ...live, ...testMessage(2, EXPERT, 'dup') });
      await stable();
      expect(all('chat-message').map((m) => m.dataset['seq'])).toEqual(['1', '2', '3']);

      realtime.emit({ type: 'chat.read', sessionId: 's-1', userId: EXPERT, seq: 3 });
      await stable();
      expect(all('chat-read-mark')).toHaveLength(1); // only my message (seq 1) gets one
    });

    it('sends with Enter, shows the message as pending until its chat.message confirms it', async () => {
      await open(active, []);
      expect(text('chat-empty')).toBe('No messages yet. Say hello!');
      const input = q<HTMLTextAreaElement>('chat-input')!;
      expect(input.getAttribute('maxlength')).toBe('4000');
      expect(q<HTMLButtonElement>('chat-send')!.disabled).toBe(true);

      type('chat-input', 'first line');
      await stable();
      expect(text('chat-counter')).toBe('10 / 4000');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
      await stable();
      expect(realtime.sentOf('chat.send')).toEqual([]);

      type('chat-input', 'first line\nsecond line');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
      await stable();
      const [sent] = realtime.sentOf('chat.send');
      expect(sent).toEqual({
        type: 'chat.send',
        id: expect.any(String),
        sessionId: 's-1',
        text: 'first line\nsecond line',
      });
      expect(input.value).toBe('');
      expect(q('chat-pending')?.dataset['status']).toBe('sending');
      // One chat.typing for all that typing (throttled).
      expect(realtime.sentOf('chat.typing')).toHaveLength(1);

      realtime.emit({
        type: 'chat.message',
        sessionId: 's-1',
        seq: 1,
        senderId: CLIENT,
        text: 'first line\nsecond line',
        sentAt: '2026-03-01T10:04:59Z',
        replyTo: sent.id!,
      });
      await stable();
      expect(q('chat-pending')).toBeNull();
      expect(all('chat-message').map((m) => m.dataset['mine'])).toEqual(['true']);
    });

    it('marks a refused message as failed and lets it be sent again', async () => {
      await open(active, []);
      type('chat-input', 'too fast');
      await stable();
      await click('chat-send');
      const [sent] = realtime.sentOf('chat.send');
      realtime.emit({
        type: 'error',
        code: 'rate-limited',
        message: 'Slow down',
        replyTo: sent.id!,
      });
      await stable();
      expect(q('chat-pending')?.dataset['status']).toBe('failed');
      expect(text('chat-pending')).toContain('you are sending messages too fast');

      await click('chat-retry');
      expect(realtime.sentOf('chat.send')).toHaveLength(2);
      expect(realtime.sentOf('chat.send')[1].id).toBe(sent.id);
      expect(q('chat-pending')?.dataset['status']).toBe('sending');
    });

    it('shows "is typing" after the other side types', async () => {
      await open(active, []);
      expect(q('chat-typing')).toBeNull();
      realtime.emit({ type: 'chat.typing', sessionId: 's-1', userId: EXPERT });
      await stable();
      expect(text('chat-typing')).toBe('Laura Martín is typing…');
      realtime.emit({
        type: 'chat.message',
        sessionId: 's-1',
        replyTo: null,
        ...testMessage(1, EXPERT, 'done'),
      });
      await stable();
      expect(q('chat-typing')).toBeNull();
    });

    it('catches up after a reconnection: messages after the last seq and the session', async () => {
      await open(active, [testMessage(1, EXPERT), testMessage(2, CLIENT)]);
      realtime.status.set('reconnecting');
      await stable();
      expect(q<HTMLButtonElement>('chat-send')!.disabled).toBe(true);
      expect(q('chat-offline')).not.toBeNull();

      realtime.reconnect();
      await stable();
      backend.expectOne('/api/sessions/s-1').flush(active);
      flushMessages('s-1', [testMessage(3, EXPERT, 'missed')], 2);
      await stable();
      expect(all('chat-message').map((m) => m.dataset['seq'])).toEqual(['1', '2', '3']);
      expect(q('chat-offline')).toBeNull();
    });

    it('fetches what is missing when a live message skips seqs', async () => {
      await open(active, [testMessage(1, EXPERT)]);
      realtime.emit({
        type: 'chat.message',
        sessionId: 's-1',
        replyTo: null,
        ...testMessage(4, EXPERT),
      });
      await stable();
      flushMessages('s-1', [testMessage(2, EXPERT), testMessage(3, CLIENT)], 4);
      await stable();
      expect(all('chat-message').map((m) => m.dataset['seq'])).toEqual(['1', '2', '3', '4']);
    });

    it('runs the call of an audio session and hangs up when leaving the room', async () => {
      const audio = { ...active, channel: 'AUDIO' as const };
      await open(audio);
      flushMessages('s-1', []);
      await stable();
      backend.expectOne('/api/rtc/config').flush({ iceServers: [] });
      await vi.waitFor(() => expect(realtime.sentOf('rtc.ready')).toHaveLength(1));
      await stable();

      expect(getUserMedia).toHaveBeenCalledWith({ audio: true, video: false });
      expect(q('call-remote-video')?.tagName).toBe('AUDIO');
      expect(q('call-local-video')?.hasAttribute('muted')).toBe(true);
      expect(q('call-state')?.dataset['state']).toBe('new');
      expect(q('call-camera')).toBeNull();
      expect(q('call-mute')?.getAttribute('aria-pressed')).toBe('false');
      await click('call-mute');
      expect(q('call-mute')?.getAttribute('aria-pressed')).toBe('true');

      // The expert is ready: the client offers.
      realtime.emit({ type: 'rtc.ready', sessionId: 's-1', from: EXPERT });
      await vi.waitFor(() => expect(realtime.sentOf('rtc.offer')).toHaveLength(1));
      FakePeerConnection.created[0].setState('connecting');
      await stable();
      expect(q('call-state')?.dataset['state']).toBe('connecting');

      await harness.navigateByUrl('/sessions');
      expect(realtime.sentOf('rtc.hangup')).toHaveLength(1);
      expect(FakePeerConnection.created[0].closed).toBe(true);
    });

    it('says when the camera or microphone is blocked', async () => {
      getUserMedia.mockRejectedValueOnce(new DOMException('no', 'NotAllowedError'));
      await open({ ...active, channel: 'VIDEO' }, []);
      backend.expectOne('/api/rtc/config').flush({ iceServers: [] });
      await vi.waitFor(async () => {
        await stable();
        expect(q('call-state')?.dataset['media']).toBe('denied');
      });
      expect(text('call-state')).toContain('Camera or microphone access is blocked');
      expect(q('call-remote-video')?.tagName).toBe('VIDEO');
      expect(realtime.sentOf('rtc.ready')).toEqual([]);
      expect(q('call-restart')).not.toBeNull();
    });
  });

  describe('as the expert', () => {
    beforeEach(() => setUp('EXPERT', EXPERT));

    it('accepts a request and the room turns ACTIVE', async () => {
      await open(requested);
      expect(text('session-countdown')).toBe('0:42');
      expect(q('session-cancel')).toBeNull();
      await click('session-accept');
      expect(q<HTMLButtonElement>('session-decline')!.disabled).toBe(true);
      backend.expectOne('/api/sessions/s-1/accept').flush(active);
      await stable();
      expect(room()?.dataset['state']).toBe('ACTIVE');
      flushMessages('s-1', []);
    });

    it('shows the running cost without asking for the wallet, and the earning on the receipt', async () => {
      await open({ ...active, billing: testBilling({ freeUnits: 0 }) }, []);
      expect(q('cost-meter')?.dataset['minutes']).toBe('2');
      expect(q('cost-meter-free')).toBeNull();
      expect(text('cost-meter-balance')).toBe('—Not known yet');
      backend.expectNone((r) => r.url === '/api/wallet');
      realtime.emit({
        type: 'billing.tick',
        sessionId: 's-1',
        minutes: 4,
        freeMinutes: 0,
        cost: 600,
        currency: 'EUR',
        balance: 900,
        rate: 150,
        nextChargeAt: null,
      });
      await stable();
      expect(text('cost-meter-balance')).toBe('€9.00');
      expect(q('cost-meter-next')).toBeNull();

      // A late copy of the session (fewer minutes billed) does not move the meter back.
      realtime.reconnect();
      backend.expectOne('/api/sessions/s-1').flush({ ...active, billing: testBilling() });
      flushMessages('s-1', [], 0);
      await stable();
      expect(q('cost-meter')?.dataset['minutes']).toBe('4');

      realtime.emit({
        type: 'balance.low',
        sessionId: 's-1',
        balance: 100,
        rate: 150,
        currency: 'EUR',
        endsAt: new Date(NOW + 30_000).toISOString(),
      });
      await stable();
      expect(text('balance-low')).toContain("The client's balance is running out");
      expect(text('balance-low-time')).toBe('0:30');

      event('ended', {
        ...active,
        state: 'ENDED',
        endReason: 'FUNDS',
        endedAt: new Date(NOW).toISOString(),
        settlement: testSettlement(),
      });
      await stable();
      expect(text('session-ended-message')).toBe(
        "The session ended because the client's balance ran out.",
      );
      expect(q('session-wallet')).toBeNull();
      expect(text('receipt-total')).toBe('€4.50');
      expect(text('receipt-commission')).toBe('−€0.90');
      expect(text('receipt-earning')).toBe('€3.60');
      backend.expectNone('/api/sessions/s-1/receipt');
    });

    it('shows the problem when the request was answered meanwhile, and reads the session again', async () => {
      await open(requested);
      await click('session-decline');
      flushProblem(backend.expectOne('/api/sessions/s-1/decline'), 409, {
        detail: 'The request was cancelled.',
      });
      await stable();
      expect(text('session-action-error')).toBe('The request was cancelled.');
      backend.expectOne('/api/sessions/s-1').flush({ ...requested, state: 'CANCELLED' });
      await stable();
      expect(room()?.dataset['state']).toBe('CANCELLED');
      expect(text('session-ended-message')).toBe('Carla Client cancelled the request.');
      expect(q('session-back-expert')).toBeNull();
    });
  });

  it('shows not-found and load errors with a retry', async () => {
    await setUp('CLIENT', CLIENT);
    await harness.navigateByUrl('/sessions/nope');
    flushProblem(backend.expectOne('/api/sessions/nope'), 404);
    await stable();
    expect(q('session-not-found')).not.toBeNull();

    await harness.navigateByUrl('/sessions/s-1');
    flushProblem(backend.expectOne('/api/sessions/s-1'), 503);
    await stable();
    expect(q('session-error')).not.toBeNull();
    await click('session-retry');
    backend.expectOne('/api/sessions/s-1').flush(requested);
    await stable();
    expect(room()?.dataset['state']).toBe('REQUESTED');
    expect(TestBed.inject(Router).url).toBe('/sessions/s-1');
  });
});
