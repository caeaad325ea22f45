import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EMPTY, Observable, expand, map, reduce } from 'rxjs';

import { Channel, Page } from '../experts/expert.model';
import {
  ChatMessage,
  MESSAGES_PAGE_LIMIT,
  MessagesPage,
  SESSIONS_API,
  SESSIONS_PAGE_SIZE,
  Session,
  SessionQuery,
} from './session.model';

/** What a participant may do to a session: `POST /api/sessions/{id}/<action>`. */
export type SessionAction = 'accept' | 'decline' | 'cancel' | 'end';

/** The REST side of live consultations: lifecycle, history and ICE servers. */
@Injectable({ providedIn: 'root' })
export class SessionsService {
  private readonly http = inject(HttpClient);

  /** Asks an expert for a session (clients only); 409 when that is not possible right now. */
  request(expertId: string, channel: Channel): Observable<Session> {
    return this.http.post<Session>(SESSIONS_API.sessions, { expertId, channel });
  }

  get(id: string): Observable<Session> {
    return this.http.get<Session>(sessionUrl(id));
  }

  /** The caller's own sessions, newest first. */
  list(query: SessionQuery): Observable<Page<Session>> {
    let params = new HttpParams()
      .set('page', query.page)
      .set('size', query.size ?? SESSIONS_PAGE_SIZE);
    if (query.state) {
      params = params.set('state', query.state);
    }
    return this.http.get<Page<Session>>(SESSIONS_API.sessions, { params });
  }

  accept(id: string): Observable<Session> {
    return this.act(id, 'accept');
  }

  decline(id: string): Observable<Session> {
    return this.act(id, 'decline');
  }

  cancel(id: string): Observable<Session> {
    return this.act(id, 'cancel');
  }

  end(id: string): Observable<Session> {
    return this.act(id, 'end');
  }

  act(id: string, action: SessionAction): Observable<Session> {
    return this.http.post<Session>(`${sessionUrl(id)}/${action}`, null);
  }

  /** One page of chat messages after `afterSeq`, oldest first. */
  messages(id: string, afterSeq = 0, limit = MESSAGES_PAGE_LIMIT): Observable<MessagesPage> {
    const params = new HttpParams().set('afterSeq', afterSeq).set('limit', limit);
    return this.http.get<MessagesPage>(`${sessionUrl(id)}/messages`, { params });
  }

  /** Every chat message after `afterSeq`, asking page after page until a short one. */
  messagesAfter(id: string, afterSeq = 0): Observable<ChatMessage[]> {
    return this.messages(id, afterSeq).pipe(
      expand((page) =>
        page.items.length >= MESSAGES_PAGE_LIMIT && page.lastSeq > afterSeq
          ? this.messages(id, page.lastSeq)
          : EMPTY,
      ),
      reduce((all, page) => all.concat(page.items), [] as ChatMessage[]),
    );
  }

  /** ICE servers for calls (`RTCConfiguration.iceServers`); may be empty. */
  iceServers(): Observable<RTCIceServer[]> {
    return this.http
      .get<{ iceServers?: RTCIceServer[] }>(SESSIONS_API.rtcConfig)
      .pipe(map((body) => (Array.isArray(body?.iceServers) ? body.iceServers : [])));
  }
}

function sessionUrl(id: string): string {
  return `${SESSIONS_API.sessions}/${encodeURIComponent(id)}`;
}
