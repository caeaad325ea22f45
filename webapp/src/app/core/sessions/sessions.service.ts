import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EMPTY, Observable, expand, map, reduce } from 'rxjs';

import { Approval, AwaitingApproval, FundedBy } from '../cost-centres/cost-centre.model';
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

/** Body of `POST /api/sessions`. */
export interface StartSession {
  expertId: string;
  channel: Channel;
  /** Who pays (the wallet when absent). */
  fundedBy?: FundedBy;
  /** With a cost centre: how long the session is expected to last (1–600 minutes). */
  expectedMinutes?: number;
}

/** What `POST /api/sessions` answered: the session (201), or an approval to wait for (202). */
export type StartOutcome =
  { kind: 'started'; session: Session } | { kind: 'awaiting'; approval: Approval };

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

  /**
   * Asks an expert for a session, paid by the wallet or a cost centre: 201 with the session, or
   * 202 when a cost centre's approver must say yes first; 402 when the wallet or the centre's
   * budget does not cover the start, 403 for a centre the client is not a member of, 409 when
   * that is not possible right now.
   */
  start(body: StartSession): Observable<StartOutcome> {
    return this.http
      .post<Session | AwaitingApproval>(SESSIONS_API.sessions, body, { observe: 'response' })
      .pipe(
        map((response): StartOutcome => {
          const answer = response.body;
          if (response.status === 202 && answer && 'approval' in answer) {
            return { kind: 'awaiting', approval: answer.approval };
          }
          return { kind: 'started', session: answer as Session };
        }),
      );
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
