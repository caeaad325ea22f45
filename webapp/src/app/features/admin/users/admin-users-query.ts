import { ParamMap, Params } from '@angular/router';

import { ROLES } from '../../../core/auth/auth.model';
import { UrlQuery, pageParam, parseOneOf, parsePage } from '../../../core/http/url-list';
import { UserQuery } from './admin-users.service';

/** `/admin/users` in the URL: `?q=&role=&page=` (page 0-based). */
export const USERS_QUERY: UrlQuery<UserQuery> = {
  parse: (params: ParamMap): UserQuery => ({
    q: (params.get('q') ?? '').trim(),
    role: parseOneOf(params, 'role', ROLES),
    page: parsePage(params),
  }),
  params: (query: UserQuery): Params => ({
    q: query.q || null,
    role: query.role || null,
    page: pageParam(query.page),
  }),
};
