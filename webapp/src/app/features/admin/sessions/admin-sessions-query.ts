import { ParamMap, Params } from '@angular/router';

import { isIsoDate } from '../../../core/billing/billing.model';
import { CHANNELS } from '../../../core/experts/expert.model';
import { UrlQuery, pageParam, parseOneOf, parsePage } from '../../../core/http/url-list';
import { AdminSessionQuery, isUserId } from '../../../core/sessions/admin-sessions.model';
import { SESSION_STATES } from '../../../core/sessions/session.model';

/**
 * `/admin/sessions` in the URL: `?state=&channel=&expertId=&clientId=&from=&to=&page=` (dates
 * yyyy-mm-dd, page 0-based); anything malformed is dropped.
 */
export const ADMIN_SESSIONS_QUERY: UrlQuery<AdminSessionQuery> = {
  parse: (params: ParamMap): AdminSessionQuery => ({
    state: parseOneOf(params, 'state', SESSION_STATES),
    channel: parseOneOf(params, 'channel', CHANNELS),
    expertId: userId(params, 'expertId'),
    clientId: userId(params, 'clientId'),
    from: isoDate(params, 'from'),
    to: isoDate(params, 'to'),
    page: parsePage(params),
  }),
  params: (query: AdminSessionQuery): Params => ({
    state: query.state || null,
    channel: query.channel || null,
    expertId: query.expertId || null,
    clientId: query.clientId || null,
    from: query.from || null,
    to: query.to || null,
    page: pageParam(query.page),
  }),
};

function userId(params: ParamMap, name: string): string {
  const value = (params.get(name) ?? '').trim();
  return isUserId(value) ? value : '';
}

function isoDate(params: ParamMap, name: string): string {
  const value = (params.get(name) ?? '').trim();
  return isIsoDate(value) ? value : '';
}
