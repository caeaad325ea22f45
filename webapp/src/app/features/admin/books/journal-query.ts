import { ParamMap, Params } from '@angular/router';

import { isIsoDate } from '../../../core/billing/billing.model';
import {
  JOURNAL_FILTER_MAX,
  JOURNAL_STATUSES,
  JOURNAL_TYPES,
  JournalQuery,
} from '../../../core/books/admin-books.model';
import { UrlQuery, pageParam, parseOneOf, parsePage } from '../../../core/http/url-list';

/**
 * The journal of `/admin/books` in the URL: `?type=&status=&account=&sessionId=&from=&to=&page=`
 * (dates yyyy-mm-dd, page 0-based); anything malformed or too long is dropped.
 */
export const JOURNAL_QUERY: UrlQuery<JournalQuery> = {
  parse: (params: ParamMap): JournalQuery => ({
    type: parseOneOf(params, 'type', JOURNAL_TYPES),
    status: parseOneOf(params, 'status', JOURNAL_STATUSES),
    account: text(params, 'account'),
    sessionId: text(params, 'sessionId'),
    from: isoDate(params, 'from'),
    to: isoDate(params, 'to'),
    page: parsePage(params),
  }),
  params: (query: JournalQuery): Params => ({
    type: query.type || null,
    status: query.status || null,
    account: query.account || null,
    sessionId: query.sessionId || null,
    from: query.from || null,
    to: query.to || null,
    page: pageParam(query.page),
  }),
};

function text(params: ParamMap, name: string): string {
  const value = (params.get(name) ?? '').trim();
  return value.length <= JOURNAL_FILTER_MAX ? value : '';
}

function isoDate(params: ParamMap, name: string): string {
  const value = (params.get(name) ?? '').trim();
  return isIsoDate(value) ? value : '';
}
