import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/** `navigator.mediaDevices.getUserMedia`, or null where there is none (insecure origins). */
export const GET_USER_MEDIA = new InjectionToken<
  ((constraints: MediaStreamConstraints) => Promise<MediaStream>) | null
>('GET_USER_MEDIA', {
  providedIn: 'root',
  factory: () => {
    const devices = inject(DOCUMENT).defaultView?.navigator?.mediaDevices;
    return devices?.getUserMedia ? (constraints) => devices.getUserMedia(constraints) : null;
  },
});

/** Creates peer connections; replaced in tests. */
export const PEER_CONNECTION_FACTORY = new InjectionToken<
  (config: RTCConfiguration) => RTCPeerConnection
>('PEER_CONNECTION_FACTORY', {
  providedIn: 'root',
  factory: () => (config) => new RTCPeerConnection(config),
});
