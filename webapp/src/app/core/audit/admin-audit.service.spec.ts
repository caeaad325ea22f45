import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ADMIN_PAGES_EN, ADMIN_PAGES_ES } from '../i18n/translations/admin-pages';
import { PageOf } from '../http/paging';
import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import {
  ADMIN_AUDIT_API,
  AUDIT_ACTIONS,
  AuditRecord,
  ChainCheck,
  auditActionKey,
  chainProblemKey,
  isActionCode,
  prettyJson,
} from './admin-audit.model';
import { AdminAuditService } from './admin-audit.service';

/** The value at a dotted key of a translation bundle (undefined when missing). */
function lookUp(bundle: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
}

describe('AdminAuditService', () => {
  let backend: HttpTestingController;
  let api: AdminAuditService;

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    api = TestBed.inject(AdminAuditService);
  });

  afterEach(() => endAppTest(backend));

  it('lists records with only the filters that are set', () => {
    let page: PageOf<AuditRecord> | undefined;
    api
      .list({
        actor: ' admin@example.com ',
        action: 'user.suspend',
        target: '',
        from: '2026-12-01',
        to: '',
        page: 2,
      })
      .subscribe((p) => (page = p));
    const req = backend.expectOne((r) => r.url === ADMIN_AUDIT_API.audit);
    expect(req.request.params.keys().sort()).toEqual(['action', 'actor', 'from', 'page']);
    expect(req.request.params.get('actor')).toBe('admin@example.com');
    expect(req.request.params.get('page')).toBe('2');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush({ items: [], total: 0, page: 2, size: 20 });
    expect(page?.page).toBe(2);

    api
      .list({ actor: '', action: '', target: 'u-1', from: '', to: '', page: 0, size: 5 })
      .subscribe();
    const sized = backend.expectOne((r) => r.url === ADMIN_AUDIT_API.audit);
    expect(sized.request.params.keys().sort()).toEqual(['page', 'size', 'target']);
    sized.flush({ items: [], total: 0, page: 0, size: 5 });
  });

  it('downloads the CSV with the filters (no page), reads the actions and verifies the chain', () => {
    api
      .csv({ actor: '', action: 'session.end', target: '', from: '', to: '2026-12-07' })
      .subscribe();
    const csv = backend.expectOne((r) => r.url === ADMIN_AUDIT_API.csv);
    expect(csv.request.responseType).toBe('blob');
    expect(csv.request.headers.get('Accept')).toBe('text/csv');
    expect(csv.request.params.keys().sort()).toEqual(['action', 'to']);
    csv.flush(new Blob(['seq\n']));

    let actions: string[] | undefined;
    api.actions().subscribe((a) => (actions = a));
    backend.expectOne(ADMIN_AUDIT_API.actions).flush(['user.suspend']);
    expect(actions).toEqual(['user.suspend']);

    let check: ChainCheck | undefined;
    api.verify().subscribe((c) => (check = c));
    backend
      .expectOne(ADMIN_AUDIT_API.verify)
      .flush({ intact: true, records: 3, firstBreak: null, verifiedAt: '2026-12-07T10:00:00Z' });
    expect(check?.records).toBe(3);
  });
});

describe('Audit model', () => {
  it('labels every known action in English and Spanish, and leaves unknown ones as they are', () => {
    for (const code of AUDIT_ACTIONS) {
      const key = auditActionKey(code)!;
      expect(typeof lookUp(ADMIN_PAGES_EN, key), `${key} (en)`).toBe('string');
      expect(typeof lookUp(ADMIN_PAGES_ES, key), `${key} (es)`).toBe('string');
      expect(isActionCode(code)).toBe(true);
    }
    expect(lookUp(ADMIN_PAGES_EN, auditActionKey('user.suspend')!)).toBe('User suspended');
    expect(lookUp(ADMIN_PAGES_ES, auditActionKey('auth.sign-in-locked')!)).toBe(
      'Inicio de sesión bloqueado',
    );
    expect(auditActionKey('something.new')).toBeNull();
    expect(isActionCode('something.new')).toBe(true);
    expect(isActionCode('Not a code!')).toBe(false);
  });

  it('names the chain problems it knows, and prints JSON', () => {
    expect(lookUp(ADMIN_PAGES_EN, chainProblemKey('altered')!)).toBe(
      'the record was changed after it was written',
    );
    expect(chainProblemKey('eaten')).toBeNull();
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(prettyJson(null)).toBeNull();
    expect(prettyJson(undefined)).toBeNull();
    expect(prettyJson(false)).toBe('false');
  });
});
