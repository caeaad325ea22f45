import type { Mock } from 'vitest';

import { FakePeerConnection } from '../../../../testing/fake-webrtc';
import { RtcEvent } from '../../../../core/realtime/realtime.model';
import {
  CallController,
  CallDeps,
  CallRole,
  CallSignal,
  REOFFER_WAIT_MS,
  mediaFailure,
} from './call-controller';

interface FakeTrack {
  kind: 'audio' | 'video';
  enabled: boolean;
  stop: ReturnType<typeof vi.fn>;
}

function fakeStream(video: boolean): MediaStream & { tracks: FakeTrack[] } {
  const tracks: FakeTrack[] = [{ kind: 'audio', enabled: true, stop: vi.fn() }];
  if (video) {
    tracks.push({ kind: 'video', enabled: true, stop: vi.fn() });
  }
  return {
    tracks,
    getTracks: () => tracks,
    getAudioTracks: () => tracks.filter((t) => t.kind === 'audio'),
    getVideoTracks: () => tracks.filter((t) => t.kind === 'video'),
  } as unknown as MediaStream & { tracks: FakeTrack[] };
}

describe('CallController', () => {
  let sent: CallSignal[];
  let getUserMedia: Mock<(constraints: MediaStreamConstraints) => Promise<MediaStream>>;
  let streams: (MediaStream & { tracks: FakeTrack[] })[];

  beforeEach(() => {
    FakePeerConnection.created = [];
    sent = [];
    streams = [];
  });

  afterEach(() => vi.useRealTimers());

  function controller(role: CallRole, overrides: Partial<CallDeps> = {}): CallController {
    getUserMedia = vi.fn(async (constraints: MediaStreamConstraints): Promise<MediaStream> => {
      const stream = fakeStream(constraints.video === true);
      streams.push(stream);
      return stream;
    });
    return new CallController({
      sessionId: 's-1',
      role,
      video: true,
      send: (m) => sent.push(m),
      getUserMedia,
      createPeerConnection: (config) =>
        new FakePeerConnection(config) as unknown as RTCPeerConnection,
      iceServers: async () => [{ urls: 'stun:stun.example.com' }],
      ...overrides,
    });
  }

  const from = (role: CallRole) => (role === 'caller' ? 'u-client' : 'u-expert');
  const ready = (sender: CallRole = 'callee'): RtcEvent => ({
    type: 'rtc.ready',
    sessionId: 's-1',
    from: from(sender),
  });
  const types = () => sent.map((m) => m.type);
  const pc = (i = -1) => FakePeerConnection.created.at(i)!;

  describe('as the client (caller)', () => {
    it('says ready once its media runs, and offers when the expert is ready', async () => {
      const call = controller('caller');
      await call.handle(ready()); // before its own media: ignored
      expect(FakePeerConnection.created).toHaveLength(0);

      await call.start();
      expect(getUserMedia).toHaveBeenCalledWith({ audio: true, video: true });
      expect(call.media()).toBe('ready');
      expect(call.localStream()).toBe(streams[0]);
      expect(sent).toEqual([{ type: 'rtc.ready', sessionId: 's-1' }]);

      await call.handle(ready());
      expect(pc().config).toEqual({ iceServers: [{ urls: 'stun:stun.example.com' }] });
      expect(pc().log).toEqual(['addTrack:audio', 'addTrack:video', 'local:offer']);
      expect(sent[1]).toEqual({ type: 'rtc.offer', sessionId: 's-1', sdp: 'offer-' + pc().n });

      // Remote candidates wait for the answer; local ones trickle out.
      await call.handle({
        type: 'rtc.ice',
        sessionId: 's-1',
        from: 'u-expert',
        candidate: { candidate: 'c-early', sdpMid: '0' },
      });
      expect(pc().candidates).toEqual([]);
      pc().gather({ candidate: 'c-local', sdpMid: '0' });
      pc().gather(null);
      expect(sent.slice(2)).toEqual([
        { type: 'rtc.ice', sessionId: 's-1', candidate: { candidate: 'c-local', sdpMid: '0' } },
        { type: 'rtc.ice', sessionId: 's-1', candidate: null },
      ]);

      await call.handle({ type: 'rtc.answer', sessionId: 's-1', from: 'u-expert', sdp: 'ans' });
      expect(pc().log.at(-1)).toBe('remote:answer:ans');
      expect(pc().candidates).toEqual([{ candidate: 'c-early', sdpMid: '0' }]);
      await call.handle({
        type: 'rtc.ice',
        sessionId: 's-1',
        from: 'u-expert',
        candidate: { candidate: 'c-late', sdpMid: '0' },
      });
      expect(pc().candidates).toHaveLength(2);

      pc().setState('connected');
      expect(call.connectionState()).toBe('connected');
    });

    it('replaces the peer connection whenever the expert says ready again (a reload)', async () => {
      const call = controller('caller');
      await call.start();
      await call.handle(ready());
      await call.handle({ type: 'rtc.answer', sessionId: 's-1', from: 'u-expert', sdp: 'a1' });
      const first = pc();

      await call.handle(ready());
      expect(FakePeerConnection.created).toHaveLength(2);
      expect(first.closed).toBe(true);
      expect(types().filter((t) => t === 'rtc.offer')).toHaveLength(2);
      // A late answer for nothing outstanding is ignored.
      await call.handle({ type: 'rtc.answer', sessionId: 's-1', from: 'u-expert', sdp: 'a2' });
      await call.handle({ type: 'rtc.answer', sessionId: 's-1', from: 'u-expert', sdp: 'a3' });
      expect(pc().log.filter((l) => l.startsWith('remote'))).toEqual(['remote:answer:a2']);
    });

    it('keeps one offer outstanding: a crossing ready waits for the answer, else offers again', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const call = controller('caller');
      await call.start();
      await call.handle(ready());
      await call.handle(ready()); // the expert's answer to our own ready, crossing our offer
      expect(FakePeerConnection.created).toHaveLength(1);

      await call.handle({ type: 'rtc.answer', sessionId: 's-1', from: 'u-expert', sdp: 'a1' });
      await vi.advanceTimersByTimeAsync(REOFFER_WAIT_MS * 2);
      expect(FakePeerConnection.created).toHaveLength(1); // the answer came: no second offer

      // A ready while the offer is unanswered, and no answer ever: offer again.
      await call.handle(ready());
      expect(FakePeerConnection.created).toHaveLength(2);
      await call.handle(ready());
      await vi.advanceTimersByTimeAsync(REOFFER_WAIT_MS - 1);
      expect(FakePeerConnection.created).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(FakePeerConnection.created).toHaveLength(3);
      expect(pc(1).closed).toBe(true);
    });

    it('stops on the other side hanging up, and calls again on request', async () => {
      const call = controller('caller');
      await call.start();
      await call.handle(ready());
      await call.handle({ type: 'rtc.hangup', sessionId: 's-1', from: 'u-expert' });
      expect(pc().closed).toBe(true);
      expect(call.remoteHungUp()).toBe(true);
      expect(call.connectionState()).toBe('closed');
      expect(call.media()).toBe('ready'); // ready for their "call again"

      call.restart();
      expect(call.remoteHungUp()).toBe(false);
      expect(sent.at(-1)).toEqual({ type: 'rtc.ready', sessionId: 's-1' });
      expect(getUserMedia).toHaveBeenCalledTimes(1);
    });
  });

  describe('as the expert (callee)', () => {
    it('answers a ready with its own, and an offer with an answer after adding its tracks', async () => {
      const call = controller('callee', { video: false });
      await call.handle({ type: 'rtc.offer', sessionId: 's-1', from: 'u-client', sdp: 'o0' });
      expect(FakePeerConnection.created).toHaveLength(0); // media not ready: ignored

      await call.start();
      expect(getUserMedia).toHaveBeenCalledWith({ audio: true, video: false });
      await call.handle(ready('caller'));
      expect(types()).toEqual(['rtc.ready', 'rtc.ready']);

      // A candidate left over from an older negotiation is not used for the new one.
      await call.handle({
        type: 'rtc.ice',
        sessionId: 's-1',
        from: 'u-client',
        candidate: { candidate: 'c-stale' },
      });
      await call.handle({ type: 'rtc.offer', sessionId: 's-1', from: 'u-client', sdp: 'o1' });
      expect(pc().log).toEqual(['remote:offer:o1', 'addTrack:audio', 'local:answer']);
      await call.handle({
        type: 'rtc.ice',
        sessionId: 's-1',
        from: 'u-client',
        candidate: { candidate: 'c-1' },
      });
      expect(pc().candidates).toEqual([{ candidate: 'c-1' }]);
      expect(sent.at(-1)).toEqual({
        type: 'rtc.answer',
        sessionId: 's-1',
        sdp: 'answer-' + pc().n,
      });

      // A new offer (the client reloaded) replaces the connection.
      const first = pc();
      await call.handle({ type: 'rtc.offer', sessionId: 's-1', from: 'u-client', sdp: 'o2' });
      expect(first.closed).toBe(true);
      expect(pc().log[0]).toBe('remote:offer:o2');
    });
  });

  it('hangs up: tells the other side, closes the connection and stops the tracks', async () => {
    const call = controller('caller');
    await call.start();
    await call.handle(ready());
    call.hangUp();
    expect(sent.at(-1)).toEqual({ type: 'rtc.hangup', sessionId: 's-1' });
    expect(pc().closed).toBe(true);
    expect(streams[0].tracks.every((t) => t.stop.mock.calls.length === 1)).toBe(true);
    expect(call.media()).toBe('stopped');
    expect(call.connectionState()).toBe('closed');
    expect(call.localStream()).toBeNull();

    await call.handle(ready()); // hung up: not ready any more
    expect(FakePeerConnection.created).toHaveLength(1);

    call.restart();
    await vi.waitFor(() => expect(call.media()).toBe('ready'));
    expect(getUserMedia).toHaveBeenCalledTimes(2);
    expect(sent.at(-1)).toEqual({ type: 'rtc.ready', sessionId: 's-1' });
    expect(call.connectionState()).toBe('new');
  });

  it('mutes the microphone and turns the camera off by disabling the tracks', async () => {
    const call = controller('caller');
    await call.start();
    const [audio, video] = streams[0].tracks;
    call.toggleMute();
    expect(call.muted()).toBe(true);
    expect(audio.enabled).toBe(false);
    expect(video.enabled).toBe(true);
    call.toggleCamera();
    expect(call.cameraOff()).toBe(true);
    expect(video.enabled).toBe(false);
    call.toggleMute();
    expect(audio.enabled).toBe(true);
  });

  it('reports why the media could not start, and sends nothing', async () => {
    const denied = controller('caller', {
      getUserMedia: async () => {
        throw new DOMException('no', 'NotAllowedError');
      },
    });
    await denied.start();
    expect(denied.media()).toBe('denied');
    expect(sent).toEqual([]);

    const insecure = controller('caller', { getUserMedia: null });
    await insecure.start();
    expect(insecure.media()).toBe('insecure');

    expect(mediaFailure({ name: 'NotFoundError' })).toBe('notFound');
    expect(mediaFailure(new Error('boom'))).toBe('error');
  });

  it('on leaving, stops everything and tells the other side only when asked', async () => {
    const active = controller('callee');
    await active.start();
    active.dispose(true);
    expect(sent.at(-1)).toEqual({ type: 'rtc.hangup', sessionId: 's-1' });
    expect(streams[0].tracks[0].stop).toHaveBeenCalled();

    sent = [];
    const ended = controller('callee');
    await ended.start();
    sent = [];
    ended.dispose(false);
    expect(sent).toEqual([]);
    await ended.handle(ready('caller'));
    expect(sent).toEqual([]);
  });

  it('gives up media that arrives after leaving', async () => {
    let resolve!: (s: MediaStream) => void;
    const stream = fakeStream(true);
    const call = controller('caller', {
      getUserMedia: () => new Promise<MediaStream>((r) => (resolve = r)),
    });
    const starting = call.start();
    call.dispose(true);
    resolve(stream);
    await starting;
    expect(stream.tracks[0].stop).toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
