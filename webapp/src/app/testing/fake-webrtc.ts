/** Records everything a peer connection is asked to do, in order. */
export class FakePeerConnection {
  static created: FakePeerConnection[] = [];
  private static count = 0;
  readonly n = ++FakePeerConnection.count;
  readonly log: string[] = [];
  signalingState: RTCSignalingState = 'stable';
  connectionState: RTCPeerConnectionState = 'new';
  iceConnectionState: RTCIceConnectionState = 'new';
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  readonly candidates: RTCIceCandidateInit[] = [];
  closed = false;
  onicecandidate: ((e: { candidate: { toJSON(): RTCIceCandidateInit } | null }) => void) | null =
    null;
  ontrack: ((e: { streams: MediaStream[]; track: MediaStreamTrack }) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  oniceconnectionstatechange: (() => void) | null = null;

  constructor(readonly config: RTCConfiguration) {
    FakePeerConnection.created.push(this);
  }

  addTrack(track: MediaStreamTrack): void {
    this.log.push(`addTrack:${track.kind}`);
  }

  async createOffer(): Promise<RTCSessionDescriptionInit> {
    return { type: 'offer', sdp: `offer-${this.n}` };
  }

  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    return { type: 'answer', sdp: `answer-${this.n}` };
  }

  async setLocalDescription(d: RTCSessionDescriptionInit): Promise<void> {
    this.log.push(`local:${d.type}`);
    this.localDescription = d;
    this.signalingState = d.type === 'offer' ? 'have-local-offer' : 'stable';
  }

  async setRemoteDescription(d: RTCSessionDescriptionInit): Promise<void> {
    this.log.push(`remote:${d.type}:${d.sdp}`);
    this.remoteDescription = d;
    this.signalingState = d.type === 'offer' ? 'have-remote-offer' : 'stable';
  }

  async addIceCandidate(c: RTCIceCandidateInit): Promise<void> {
    this.candidates.push(c);
  }

  close(): void {
    this.closed = true;
    this.signalingState = 'closed';
  }

  /** A local ICE candidate (null: end of candidates). */
  gather(candidate: RTCIceCandidateInit | null): void {
    this.onicecandidate?.({ candidate: candidate && { toJSON: () => candidate } });
  }

  setState(state: RTCPeerConnectionState): void {
    this.connectionState = state;
    this.onconnectionstatechange?.();
  }
}
