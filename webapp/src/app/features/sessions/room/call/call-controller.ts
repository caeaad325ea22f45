import { signal } from '@angular/core';

import { ClientMessage, RtcEvent } from '../../../../core/realtime/realtime.model';

/** The client calls (makes offers), the expert is called (answers). */
export type CallRole = 'caller' | 'callee';

/**
 * Local media: `acquiring` while the browser asks for the camera/microphone, `ready` once they
 * run, `stopped` after hanging up, or why it failed: `denied` (blocked by the user or policy),
 * `notFound` (no device), `insecure` (no `mediaDevices`: plain HTTP on another host), `error`.
 */
export type MediaPhase =
  'idle' | 'acquiring' | 'ready' | 'stopped' | 'denied' | 'notFound' | 'insecure' | 'error';

/** `RTCPeerConnection.connectionState` ('new' while there is no connection). */
export type CallConnectionState = RTCPeerConnectionState;

/** Messages the controller sends (the session id is added here). */
export type CallSignal = Extract<ClientMessage, { type: `rtc.${string}` }>;

export interface CallDeps {
  sessionId: string;
  role: CallRole;
  /** Video call (else audio only). */
  video: boolean;
  send(message: CallSignal): void;
  /** `navigator.mediaDevices.getUserMedia`, or null when the browser offers none. */
  getUserMedia: ((constraints: MediaStreamConstraints) => Promise<MediaStream>) | null;
  createPeerConnection(config: RTCConfiguration): RTCPeerConnection;
  /** ICE servers from `/api/rtc/config`. */
  iceServers(): Promise<RTCIceServer[]>;
}

/**
 * After an `rtc.ready` that arrived while an offer was still unanswered, wait this long for the
 * answer before offering again (the ready may come from a reloaded page that never got the offer).
 */
export const REOFFER_WAIT_MS = 3000;
/** After the connection failed, the caller tries a fresh offer after this long. */
export const RETRY_FAILED_MS = 2000;

/**
 * One side of a session's call, following docs/realtime-protocol.md: each side sends `rtc.ready`
 * once its media runs; the client (caller) makes an offer whenever the expert says `rtc.ready`,
 * replacing any previous peer connection; the expert (callee) answers a client's `rtc.ready` with
 * its own and answers offers. ICE candidates trickle both ways (`rtc.ice`) and remote ones wait
 * until the remote description is set.
 *
 * Incoming messages are handled one at a time, in order. The caller keeps at most one offer
 * unanswered: a `rtc.ready` that crosses it (both sides became ready at once) does not start a
 * second negotiation whose answer could be mistaken for the first one's; the offer is made again
 * only if no answer comes within {@link REOFFER_WAIT_MS}.
 */
export class CallController {
  private readonly mediaSignal = signal<MediaPhase>('idle');
  private readonly connectionSignal = signal<CallConnectionState>('new');
  private readonly localSignal = signal<MediaStream | null>(null);
  private readonly remoteSignal = signal<MediaStream | null>(null);
  private readonly mutedSignal = signal(false);
  private readonly cameraOffSignal = signal(false);
  private readonly remoteHungUpSignal = signal(false);

  readonly media = this.mediaSignal.asReadonly();
  readonly connectionState = this.connectionSignal.asReadonly();
  readonly localStream = this.localSignal.asReadonly();
  readonly remoteStream = this.remoteSignal.asReadonly();
  readonly muted = this.mutedSignal.asReadonly();
  readonly cameraOff = this.cameraOffSignal.asReadonly();
  /** The other side hung up (until a new connection starts). */
  readonly remoteHungUp = this.remoteHungUpSignal.asReadonly();

  private pc: RTCPeerConnection | null = null;
  private local: MediaStream | null = null;
  private remoteCandidates: RTCIceCandidateInit[] = [];
  private iceServers?: Promise<RTCIceServer[]>;
  private queue: Promise<void> = Promise.resolve();
  private startToken = 0;
  private reofferTimer?: ReturnType<typeof setTimeout>;
  private failedTimer?: ReturnType<typeof setTimeout>;
  private disposed = false;

  constructor(private readonly deps: CallDeps) {}

  /** Starts the camera/microphone and says `rtc.ready`. Also "try again" after a failure. */
  async start(): Promise<void> {
    const phase = this.mediaSignal();
    if (this.disposed || phase === 'acquiring' || phase === 'ready') {
      return;
    }
    const getUserMedia = this.deps.getUserMedia;
    if (!getUserMedia) {
      this.mediaSignal.set('insecure');
      return;
    }
    const token = ++this.startToken;
    this.mediaSignal.set('acquiring');
    void this.loadIceServers(); // meanwhile, so that the first offer or answer need not wait
    this.remoteHungUpSignal.set(false);
    let stream: MediaStream;
    try {
      stream = await getUserMedia({ audio: true, video: this.deps.video });
    } catch (error) {
      if (token === this.startToken && !this.disposed) {
        this.mediaSignal.set(mediaFailure(error));
      }
      return;
    }
    if (token !== this.startToken || this.disposed) {
      stopTracks(stream);
      return;
    }
    this.local = stream;
    this.applyTrackStates();
    this.localSignal.set(stream);
    if (!this.pc) {
      this.connectionSignal.set('new');
    }
    this.mediaSignal.set('ready');
    this.sendSignal({ type: 'rtc.ready' });
  }

  /** Handles a relayed `rtc.*` message of this session (in arrival order). */
  handle(message: RtcEvent): Promise<void> {
    this.queue = this.queue
      .then(() => this.process(message))
      .catch((error: unknown) => console.warn('Call signalling failed', error));
    return this.queue;
  }

  /** Ends the call here and tells the other side; the camera and microphone stop. */
  hangUp(): void {
    if (this.disposed) {
      return;
    }
    this.sendSignal({ type: 'rtc.hangup' });
    this.stopLocal('stopped');
  }

  /** "Call again": media back on (if needed) and `rtc.ready`, which makes the call start again. */
  restart(): void {
    if (this.disposed) {
      return;
    }
    this.remoteHungUpSignal.set(false);
    if (this.mediaSignal() === 'ready') {
      this.sendSignal({ type: 'rtc.ready' });
    } else {
      void this.start();
    }
  }

  toggleMute(): void {
    this.mutedSignal.update((muted) => !muted);
    this.applyTrackStates();
  }

  toggleCamera(): void {
    this.cameraOffSignal.update((off) => !off);
    this.applyTrackStates();
  }

  /** Leaving: everything stops; with `notify` the other side hears `rtc.hangup`. */
  dispose(notify: boolean): void {
    if (this.disposed) {
      return;
    }
    if (notify && (this.pc || this.mediaSignal() === 'ready')) {
      this.sendSignal({ type: 'rtc.hangup' });
    }
    this.stopLocal('stopped');
    this.disposed = true;
  }

  private async process(message: RtcEvent): Promise<void> {
    if (this.disposed) {
      return;
    }
    const ready = this.mediaSignal() === 'ready';
    switch (message.type) {
      case 'rtc.ready':
        if (!ready) {
          return; // our own rtc.ready follows once the media runs
        }
        if (this.deps.role === 'callee') {
          this.sendSignal({ type: 'rtc.ready' });
        } else if (this.pc?.signalingState === 'have-local-offer') {
          this.reofferTimer ??= setTimeout(() => {
            this.reofferTimer = undefined;
            void this.enqueue(() => this.offer());
          }, REOFFER_WAIT_MS);
        } else {
          await this.offer();
        }
        return;
      case 'rtc.offer':
        if (ready && this.deps.role === 'callee' && message.sdp) {
          await this.answer(message.sdp);
        }
        return;
      case 'rtc.answer':
        if (this.deps.role === 'caller' && this.pc?.signalingState === 'have-local-offer') {
          this.clearReoffer();
          const pc = this.pc;
          await pc.setRemoteDescription({ type: 'answer', sdp: message.sdp });
          await this.flushCandidates(pc);
        }
        return;
      case 'rtc.ice':
        await this.addCandidate(message.candidate);
        return;
      case 'rtc.hangup':
        this.closePeer();
        this.remoteHungUpSignal.set(true);
        return;
    }
  }

  /** Caller: a new peer connection with our tracks, and its offer. */
  private async offer(): Promise<void> {
    if (this.disposed || this.mediaSignal() !== 'ready') {
      return;
    }
    this.clearReoffer();
    const pc = await this.newPeer();
    this.addLocalTracks(pc);
    const offer = await pc.createOffer();
    if (pc !== this.pc) {
      return;
    }
    await pc.setLocalDescription(offer);
    if (pc !== this.pc) {
      return;
    }
    this.sendSignal({ type: 'rtc.offer', sdp: pc.localDescription?.sdp ?? offer.sdp ?? '' });
  }

  /** Callee: a new peer connection for the offer, our tracks, and the answer. */
  private async answer(sdp: string): Promise<void> {
    const pc = await this.newPeer();
    await pc.setRemoteDescription({ type: 'offer', sdp });
    if (pc !== this.pc) {
      return;
    }
    // After the remote description, so that our tracks go out on the offer's transceivers.
    this.addLocalTracks(pc);
    await this.flushCandidates(pc);
    const answer = await pc.createAnswer();
    if (pc !== this.pc) {
      return;
    }
    await pc.setLocalDescription(answer);
    if (pc !== this.pc) {
      return;
    }
    this.sendSignal({ type: 'rtc.answer', sdp: pc.localDescription?.sdp ?? answer.sdp ?? '' });
  }

  private async newPeer(): Promise<RTCPeerConnection> {
    const iceServers = await this.loadIceServers();
    this.closePeer();
    this.remoteHungUpSignal.set(false);
    const pc = this.deps.createPeerConnection({ iceServers });
    this.pc = pc;
    this.connectionSignal.set('new');
    pc.onicecandidate = (event) => {
      if (pc === this.pc) {
        this.sendSignal({ type: 'rtc.ice', candidate: event.candidate?.toJSON() ?? null });
      }
    };
    pc.ontrack = (event) => {
      if (pc !== this.pc) {
        return;
      }
      const [stream] = event.streams;
      if (stream) {
        this.remoteSignal.set(stream);
      } else {
        const current = this.remoteSignal() ?? new MediaStream();
        current.addTrack(event.track);
        this.remoteSignal.set(current);
      }
    };
    const onState = () => {
      if (pc === this.pc) {
        this.onConnectionState(connectionStateOf(pc));
      }
    };
    pc.onconnectionstatechange = onState;
    pc.oniceconnectionstatechange = onState;
    return pc;
  }

  private onConnectionState(state: CallConnectionState): void {
    this.connectionSignal.set(state);
    clearTimeout(this.failedTimer);
    if (state === 'failed' && this.deps.role === 'caller') {
      // ICE gave up (network change, NAT): try a fresh negotiation.
      this.failedTimer = setTimeout(() => void this.enqueue(() => this.offer()), RETRY_FAILED_MS);
    }
  }

  private addLocalTracks(pc: RTCPeerConnection): void {
    const stream = this.local;
    for (const track of stream?.getTracks() ?? []) {
      pc.addTrack(track, stream!);
    }
  }

  private async addCandidate(candidate: RTCIceCandidateInit | null): Promise<void> {
    if (!candidate) {
      return; // end of candidates: nothing to do
    }
    const pc = this.pc;
    if (!pc || !pc.remoteDescription) {
      this.remoteCandidates.push(candidate);
      return;
    }
    try {
      await pc.addIceCandidate(candidate);
    } catch {
      // a candidate of an older negotiation, or from the other side's other tab
    }
  }

  private async flushCandidates(pc: RTCPeerConnection): Promise<void> {
    const candidates = this.remoteCandidates;
    this.remoteCandidates = [];
    for (const candidate of candidates) {
      try {
        await pc.addIceCandidate(candidate);
      } catch {
        // see addCandidate
      }
    }
  }

  private loadIceServers(): Promise<RTCIceServer[]> {
    this.iceServers ??= this.deps.iceServers().catch(() => []);
    return this.iceServers;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue
      .then(task)
      .catch((error: unknown) => console.warn('Call signalling failed', error));
    return this.queue;
  }

  private closePeer(): void {
    this.clearReoffer();
    clearTimeout(this.failedTimer);
    const pc = this.pc;
    this.pc = null;
    this.remoteCandidates = [];
    this.remoteSignal.set(null);
    if (pc) {
      pc.onicecandidate = pc.ontrack = null;
      pc.onconnectionstatechange = pc.oniceconnectionstatechange = null;
      try {
        pc.close();
      } catch {
        // already closed
      }
      this.connectionSignal.set('closed');
    }
  }

  private stopLocal(phase: MediaPhase): void {
    this.startToken++;
    this.closePeer();
    this.connectionSignal.set('closed');
    if (this.local) {
      stopTracks(this.local);
    }
    this.local = null;
    this.localSignal.set(null);
    this.mediaSignal.set(phase);
  }

  private applyTrackStates(): void {
    for (const track of this.local?.getAudioTracks() ?? []) {
      track.enabled = !this.mutedSignal();
    }
    for (const track of this.local?.getVideoTracks() ?? []) {
      track.enabled = !this.cameraOffSignal();
    }
  }

  private clearReoffer(): void {
    clearTimeout(this.reofferTimer);
    this.reofferTimer = undefined;
  }

  private sendSignal(message: DistributiveOmit<CallSignal, 'sessionId'>): void {
    this.deps.send({ ...message, sessionId: this.deps.sessionId } as CallSignal);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a getUserMedia failure means for the user. */
export function mediaFailure(error: unknown): MediaPhase {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'notFound';
    default:
      return 'error';
  }
}

/** `connectionState`, or its closest ICE state where the browser lacks it. */
function connectionStateOf(pc: RTCPeerConnection): CallConnectionState {
  if (pc.connectionState) {
    return pc.connectionState;
  }
  switch (pc.iceConnectionState) {
    case 'checking':
      return 'connecting';
    case 'connected':
    case 'completed':
      return 'connected';
    case 'disconnected':
      return 'disconnected';
    case 'failed':
      return 'failed';
    case 'closed':
      return 'closed';
    default:
      return 'new';
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) {
    track.stop();
  }
}
