import { ParamMap, Params } from '@angular/router';

import { AUDIT_LIMITS, AuditQuery, isActionCode } from '../../../core/audit/admin-audit.model';
import { isIsoDate } from '../../../core/billing/billing.model';
import { UrlQuery, pageParam, parsePage } from '../../../core/http/url-list';

/**
 * `/admin/audit` in the URL: `?actor=&action=&target=&from=&to=&page=` (dates yyyy-mm-dd, page
 * 0-based); anything malformed or too long is dropped.
 */
export const ADMIN_AUDIT_QUERY: UrlQuery<AuditQuery> = {
  parse: (params: ParamMap): AuditQuery => ({
    actor: text(params, 'actor', AUDIT_LIMITS.actor),
    action: action(params),
    target: text(params, 'target', AUDIT_LIMITS.target),
    from: isoDate(params, 'from'),
    to: isoDate(params, 'to'),
    page: parsePage(params),
  }),
  params: (query: AuditQuery): Params => ({
    actor: query.actor || null,
    action: query.action || null,
    target: query.target || null,
    from: query.from || null,
    to: query.to || null,
    page: pageParam(query.page),
  }),
};

function text(params: ParamMap, name: string, max: number): string {
  const value = (params.get(name) ?? '').trim();
  return value.length <= max ? value : '';
}

function action(params: ParamMap): string {
  const value = (params.get('action') ?? '').trim();
  return isActionCode(value) ? value : '';
}

function isoDate(params: ParamMap, name: string): string {
  const value = (params.get(name) ?? '').trim();
  return isIsoDate(value) ? value : '';
}
