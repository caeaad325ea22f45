import { Provider, signal } from '@angular/core';
import { Observable, Subject, filter } from 'rxjs';

import {
  ConnectionStatus,
  OutgoingMessage,
  ServerMessage,
  ServerMessageOf,
  ServerMessageType,
} from '../core/realtime/realtime.model';
import { RealtimeService } from '../core/realtime/realtime.service';

/**
 * A stand-in for {@link RealtimeService} in component tests: records what is sent (while
 * `status` is 'open') and lets the test play server messages and reconnections.
 */
export class FakeRealtime {
  readonly status = signal<ConnectionStatus>('open');
  readonly serverOffsetMs = signal(0);
  /** Messages sent, with their ids. */
  readonly sent: (OutgoingMessage & { id: string })[] = [];
  /** The last `presence.watch` ids (remembered even while not open, like the real service). */
  watched: string[] | null = null;

  private readonly incoming = new Subject<ServerMessage>();
  private readonly connectedSubject = new Subject<void>();
  private readonly reconnectedSubject = new Subject<void>();
  private nextId = 0;

  readonly messages$: Observable<ServerMessage> = this.incoming.asObservable();
  readonly connected$ = this.connectedSubject.asObservable();
  readonly reconnected$ = this.reconnectedSubject.asObservable();

  start(): void {
    // nothing to connect to
  }

  on<T extends ServerMessageType>(type: T): Observable<ServerMessageOf<T>> {
    return this.incoming.pipe(filter((m): m is ServerMessageOf<T> => m.type === type));
  }

  newId(): string {
    return `m-${++this.nextId}`;
  }

  send(message: OutgoingMessage): string | null {
    if (message.type === 'presence.watch') {
      this.watched = [...message.expertIds];
    }
    if (this.status() !== 'open') {
      return null;
    }
    const id = message.id ?? this.newId();
    this.sent.push({ ...message, id });
    return id;
  }

  watchPresence(expertIds: readonly string[]): void {
    this.send({ type: 'presence.watch', expertIds: [...expertIds] });
  }

  /** Plays a server message. */
  emit(message: ServerMessage): void {
    this.incoming.next(message);
  }

  /** Plays a `welcome` after a lost connection. */
  reconnect(): void {
    this.status.set('open');
    this.connectedSubject.next();
    this.reconnectedSubject.next();
  }

  /** Sent messages of one type. */
  sentOf<T extends OutgoingMessage['type']>(type: T): Extract<OutgoingMessage, { type: T }>[] {
    return this.sent.filter((m) => m.type === type) as Extract<OutgoingMessage, { type: T }>[];
  }
}

/** Provides a {@link FakeRealtime} as the RealtimeService; returns both. */
export function fakeRealtime(): { fake: FakeRealtime; provider: Provider } {
  const fake = new FakeRealtime();
  return { fake, provider: { provide: RealtimeService, useValue: fake } };
}
