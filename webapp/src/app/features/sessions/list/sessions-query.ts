import { ParamMap, Params } from '@angular/router';

import { UrlQuery, pageParam, parseOneOf, parsePage } from '../../../core/http/url-list';
import { SESSION_STATES, SessionQuery } from '../../../core/sessions/session.model';

/** `/sessions`' filter as it lives in the URL: `?state=&page=` (page 0-based). */
export const SESSIONS_QUERY: UrlQuery<SessionQuery> = {
  parse: (params: ParamMap): SessionQuery => ({
    state: parseOneOf(params, 'state', SESSION_STATES),
    page: parsePage(params),
  }),
  params: (query: SessionQuery): Params => ({
    state: query.state || null,
    page: pageParam(query.page),
  }),
};
