import { HttpClient } from '@angular/common/http';
import {
  DOCUMENT,
  DestroyRef,
  Injectable,
  InjectionToken,
  Injector,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Router } from '@angular/router';
import { Observable, Subject, Subscription, filter } from 'rxjs';

import { AuthService } from '../auth/auth.service';
import { currentUrl, loginUrl } from '../auth/return-url';
import {
  CLOSE_ACCOUNT_CHANGED,
  ConnectionStatus,
  MAX_WATCHED_EXPERTS,
  OutgoingMessage,
  REALTIME_API,
  ServerMessage,
  ServerMessageOf,
  ServerMessageType,
  WsTicket,
  parseServerMessage,
  socketUrl,
} from './realtime.model';

/** Opens a WebSocket; replaced in tests. */
export const WEB_SOCKET_FACTORY = new InjectionToken<(url: string) => WebSocket>(
  'WEB_SOCKET_FACTORY',
  { providedIn: 'root', factory: () => (url: string) => new WebSocket(url) },
);

/** First reconnection delay, and the cap of the exponential backoff. */
export const RECONNECT_MIN_MS = 500;
export const RECONNECT_MAX_MS = 10_000;
/** A `ping` this often while open; no `pong` within the timeout means the connection is dead. */
export const HEARTBEAT_MS = 25_000;
export const HEARTBEAT_TIMEOUT_MS = 10_000;

/** `WebSocket.OPEN` (the constant is missing where WebSocket is). */
const SOCKET_OPEN = 1;

/**
 * Delay before reconnection attempt number `attempt` (0-based): exponential from
 * {@link RECONNECT_MIN_MS}, capped at {@link RECONNECT_MAX_MS}, with "equal jitter" (between half
 * and all of it, never under the minimum) so that many tabs do not all come back at once.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** Math.max(0, attempt));
  return Math.max(RECONNECT_MIN_MS, Math.round(ceiling / 2 + (random() * ceiling) / 2));
}

/**
 * The tab's one WebSocket (docs/realtime-protocol.md), open while signed in. Each connection
 * gets a fresh ticket; lost connections come back with capped exponential backoff and jitter, and
 * the last `presence.watch` is sent again. After close code 1008 (the account changed) it does not
 * reconnect: it refreshes the session instead, which signs the user out when the account was
 * suspended or its password changed. Call {@link start} once (see `provideRealtime()`).
 */
@Injectable({ providedIn: 'root' })
export class RealtimeService {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly createSocket = inject(WEB_SOCKET_FACTORY);

  private readonly statusSignal = signal<ConnectionStatus>('closed');
  private readonly offset = signal(0);
  private readonly incoming = new Subject<ServerMessage>();
  private readonly connectedSubject = new Subject<void>();
  private readonly reconnectedSubject = new Subject<void>();

  /** The connection's state. */
  readonly status = this.statusSignal.asReadonly();
  /** Server clock minus this browser's, from the last `welcome` (0 until then). */
  readonly serverOffsetMs = this.offset.asReadonly();
  /** Every message the server sends. */
  readonly messages$: Observable<ServerMessage> = this.incoming.asObservable();
  /** After every `welcome`: the connection is registered, so anything sent from now on arrives. */
  readonly connected$: Observable<void> = this.connectedSubject.asObservable();
  /** After a `welcome` that follows a lost connection: time to catch up on what was missed. */
  readonly reconnected$: Observable<void> = this.reconnectedSubject.asObservable();

  /** "userId:role" of the signed-in user (the socket belongs to that account), or null. */
  private readonly account = computed(() => {
    const user = this.auth.user();
    return this.auth.isAuthenticated() && user ? `${user.id}:${user.role}` : null;
  });

  private started = false;
  private socket: WebSocket | null = null;
  private ticketRequest?: Subscription;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private heartbeatTimer?: ReturnType<typeof setInterval>;
  private pongTimer?: ReturnType<typeof setTimeout>;
  /** Bumped whenever the current attempt is abandoned, so its late callbacks are ignored. */
  private generation = 0;
  private attempt = 0;
  /** A `welcome` was received since sign-in: the next one is a reconnection. */
  private welcomed = false;
  private watched: string[] | null = null;
  private readonly idPrefix = randomPrefix();
  private nextId = 0;

  /** Starts following the session: connects while signed in, closes on sign-out. Idempotent. */
  start(): void {
    if (this.started) {
      return;
    }
    this.started = true;
    effect(
      () => {
        const account = this.account();
        untracked(() => {
          this.shutdown();
          if (account) {
            this.connect();
          }
        });
      },
      { injector: this.injector },
    );
    const win = this.document.defaultView;
    const onOnline = () => this.retryNow();
    win?.addEventListener('online', onOnline);
    this.destroyRef.onDestroy(() => {
      win?.removeEventListener('online', onOnline);
      this.shutdown();
    });
  }

  /** Messages of one type. */
  on<T extends ServerMessageType>(type: T): Observable<ServerMessageOf<T>> {
    return this.incoming.pipe(
      filter((message): message is ServerMessageOf<T> => message.type === type),
    );
  }

  /** A new message id, unique in this tab (≤ 64 characters). */
  newId(): string {
    return `${this.idPrefix}-${++this.nextId}`;
  }

  /**
   * Sends a message, with `message.id` or a new id. Answers the id, or null when the connection is
   * not open (the message is dropped; `presence.watch` is still remembered and sent on connect).
   */
  send(message: OutgoingMessage): string | null {
    const id = message.id ?? this.newId();
    if (message.type === 'presence.watch') {
      this.watched = message.expertIds.slice(0, MAX_WATCHED_EXPERTS);
    }
    const socket = this.socket;
    if (!socket || socket.readyState !== SOCKET_OPEN || this.statusSignal() !== 'open') {
      return null;
    }
    try {
      socket.send(JSON.stringify({ ...message, id }));
      return id;
    } catch {
      return null;
    }
  }

  /** Replaces the experts this tab watches (sent now when open, and again after each reconnection). */
  watchPresence(expertIds: readonly string[]): void {
    this.send({ type: 'presence.watch', expertIds: [...expertIds] });
  }

  private connect(): void {
    const generation = ++this.generation;
    this.statusSignal.set(this.welcomed || this.attempt > 0 ? 'reconnecting' : 'connecting');
    this.ticketRequest = this.http.post<WsTicket>(REALTIME_API.ticket, null).subscribe({
      next: (ticket) => {
        if (generation === this.generation) {
          this.openSocket(ticket.ticket, generation);
        }
      },
      error: () => {
        if (generation === this.generation) {
          this.scheduleReconnect();
        }
      },
    });
  }

  private openSocket(ticket: string, generation: number): void {
    let socket: WebSocket;
    try {
      socket = this.createSocket(socketUrl(this.document.location, ticket));
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (generation !== this.generation) {
        return;
      }
      this.statusSignal.set('open');
      this.startHeartbeat(generation);
      if (this.watched) {
        this.send({ type: 'presence.watch', expertIds: this.watched });
      }
    };
    socket.onmessage = (event: MessageEvent) => {
      if (generation === this.generation) {
        this.receive(event.data);
      }
    };
    socket.onclose = (event: CloseEvent) => {
      if (generation !== this.generation) {
        return;
      }
      this.detach();
      if (event.code === CLOSE_ACCOUNT_CHANGED) {
        this.accountChanged();
      } else {
        this.scheduleReconnect();
      }
    };
    // An error is always followed by close, which decides what happens next.
    socket.onerror = () => undefined;
  }

  private receive(data: unknown): void {
    const message = parseServerMessage(data);
    if (!message) {
      return;
    }
    if (message.type === 'pong') {
      clearTimeout(this.pongTimer);
    }
    if (message.type === 'welcome') {
      this.attempt = 0;
      const serverTime = Date.parse(message.serverTime);
      if (Number.isFinite(serverTime)) {
        this.offset.set(serverTime - Date.now());
      }
    }
    this.incoming.next(message);
    if (message.type === 'welcome') {
      const again = this.welcomed;
      this.welcomed = true;
      this.connectedSubject.next();
      if (again) {
        this.reconnectedSubject.next();
      }
    }
  }

  private scheduleReconnect(): void {
    this.detach();
    this.generation++;
    this.statusSignal.set('reconnecting');
    const delay = backoffDelay(this.attempt++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
    }, delay);
  }

  /** The browser is back online: skip the rest of the backoff. */
  private retryNow(): void {
    if (this.retryTimer !== undefined) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      this.attempt = 0;
      this.connect();
    }
  }

  /**
   * Close code 1008: the account was suspended or its role or password changed. A refresh tells
   * which: it fails (and signs out) when the sign-in was revoked, else a new role comes with it.
   */
  private accountChanged(): void {
    const account = this.account();
    this.generation++;
    this.statusSignal.set('closed');
    this.auth.refresh().subscribe({
      next: () => {
        // A changed role changes the account, and the effect reconnects; otherwise do it here.
        if (account !== null && this.account() === account && this.statusSignal() === 'closed') {
          this.welcomed = false;
          this.attempt = 0;
          this.connect();
        }
      },
      error: () => {
        const url = currentUrl(this.router);
        if (!/^\/login(?:[/?#]|$)/.test(url)) {
          void this.router.navigateByUrl(loginUrl(this.router, url));
        }
      },
    });
  }

  private startHeartbeat(generation: number): void {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => {
      if (generation !== this.generation || this.send({ type: 'ping' }) === null) {
        return;
      }
      clearTimeout(this.pongTimer);
      this.pongTimer = setTimeout(() => {
        if (generation === this.generation) {
          this.scheduleReconnect(); // no answer: the connection is dead even if not closed yet
        }
      }, HEARTBEAT_TIMEOUT_MS);
    }, HEARTBEAT_MS);
  }

  /** Forgets the current socket (closing it) and its timers, without deciding what comes next. */
  private detach(): void {
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.pongTimer);
    this.heartbeatTimer = this.pongTimer = undefined;
    this.ticketRequest?.unsubscribe();
    this.ticketRequest = undefined;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      try {
        socket.close(1000);
      } catch {
        // already closing
      }
    }
  }

  /** Signed out (or another account): close and reset. */
  private shutdown(): void {
    this.generation++;
    this.detach();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.attempt = 0;
    this.welcomed = false;
    this.offset.set(0);
    this.statusSignal.set('closed');
  }
}

function randomPrefix(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ? uuid.slice(0, 8) : Math.random().toString(36).slice(2, 10);
}
