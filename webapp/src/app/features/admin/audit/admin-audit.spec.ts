import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, convertToParamMap } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ADMIN_AUDIT_API, AUDIT_ACTIONS, AuditRecord } from '../../../core/audit/admin-audit.model';
import { PageOf } from '../../../core/http/paging';
import { formatDateTime } from '../../../shared/ui/date-time';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminAudit from './admin-audit';
import { ADMIN_AUDIT_QUERY } from './admin-audit-query';

function record(overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    seq: 42,
    at: '2026-12-07T09:15:30Z',
    actorId: 'u-admin',
    actorName: 'admin@example.com',
    action: 'user.suspend',
    targetType: 'user',
    targetId: 'u-carla',
    before: { suspended: false },
    after: { suspended: true },
    reason: 'Chargeback fraud',
    clientAddress: '203.0.113.7',
    requestId: 'req-123',
    hash: 'a1b2c3',
    previousHash: 'f0e1d2',
    ...overrides,
  };
}

function pageOf(items: AuditRecord[], overrides: Partial<PageOf<AuditRecord>> = {}) {
  return { items, total: items.length, page: 0, size: 20, ...overrides };
}

describe('Admin audit log', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [{ path: 'admin/audit', component: AdminAudit }],
      providers: [provideAdminTranslations()],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="audit-row"]'));
  const list = (): TestRequest => backend.expectOne((r) => r.url === ADMIN_AUDIT_API.audit);
  const pick = async (id: string, value: string) => {
    const select = q<HTMLSelectElement>(id)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await stable();
  };

  async function open(
    items: AuditRecord[],
    url = '/admin/audit',
    actions: string[] = ['user.suspend', 'session.end', 'brand.new'],
  ): Promise<void> {
    await harness.navigateByUrl(url);
    backend.expectOne(ADMIN_AUDIT_API.actions).flush(actions);
    list().flush(pageOf(items));
    await stable();
  }

  it('lists the records: time, actor, action label, target, reason and client address', async () => {
    await harness.navigateByUrl('/admin/audit');
    expect(q('audit-page')).not.toBeNull();
    expect(q('audit-loading')).not.toBeNull();
    backend.expectOne(ADMIN_AUDIT_API.actions).flush(['user.suspend', 'brand.new']);
    list().flush(
      pageOf([
        record(),
        record({
          seq: 41,
          actorId: null,
          actorName: null,
          action: 'brand.new',
          targetType: null,
          targetId: null,
          reason: null,
          clientAddress: null,
        }),
      ]),
    );
    await stable();

    expect(q('audit-loading')).toBeNull();
    expect(el().querySelector('caption')?.textContent?.trim()).toBe('Audit records, newest first');
    expect(el().querySelectorAll('thead th[scope="col"]')).toHaveLength(7);
    const [first, second] = rows();
    expect(first.dataset['seq']).toBe('42');
    expect(first.querySelector('th[scope="row"]')?.textContent?.trim()).toBe(
      formatDateTime('2026-12-07T09:15:30Z', 'en', 'medium'),
    );
    expect(text('audit-actor-link', first)).toBe('admin@example.com');
    expect(q('audit-actor-link', first)?.getAttribute('href')).toBe('/admin/audit?actor=u-admin');
    expect(text('audit-action-label', first)).toBe('User suspended');
    expect(text('audit-target-cell', first)).toBe('user u-carla');
    expect(q('audit-target-link', first)?.getAttribute('href')).toBe('/admin/audit?target=u-carla');
    expect(first.textContent).toContain('Chargeback fraud');
    expect(first.textContent).toContain('203.0.113.7');

    // The system acts without an actor; an unknown action shows its code.
    expect(second.textContent).toContain('System');
    expect(text('audit-action-label', second)).toBe('brand.new');
    expect(text('audit-summary')).toBe('1–2 of 2 records');

    // The action filter: every code of the server, by its label.
    const options = Array.from(q<HTMLSelectElement>('audit-action')!.options, (o) =>
      o.textContent?.trim(),
    );
    expect(options).toEqual(['All actions', 'User suspended', 'brand.new']);
    expect(el().querySelector('label[for="audit-action"]')?.textContent?.trim()).toBe('Action');
  });

  it('opens a record: before and after as JSON side by side, the request id and the hashes', async () => {
    await open([record(), record({ seq: 41, before: null, requestId: null, previousHash: null })]);
    const [first, second] = rows();
    const button = q<HTMLButtonElement>('audit-expand', first)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
    expect(button.textContent).toContain('Record 42');
    expect(q('audit-details')).toBeNull();

    button.click();
    await stable();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = q('audit-details')!;
    expect(button.getAttribute('aria-controls')).toBe(details.id);
    expect(text('audit-before', details)).toBe('{ "suspended": false }');
    expect(q('audit-before', details)!.textContent).toBe('{\n  "suspended": false\n}');
    expect(q('audit-after', details)!.textContent).toBe('{\n  "suspended": true\n}');
    expect(text('audit-request-id', details)).toBe('req-123');
    expect(text('audit-hash', details)).toBe('a1b2c3');
    expect(text('audit-previous-hash', details)).toBe('f0e1d2');
    expect(
      Array.from(details.querySelectorAll('figcaption'), (f) => f.textContent?.trim()),
    ).toEqual(['Before', 'After']);

    q<HTMLButtonElement>('audit-expand', second)!.click();
    await stable();
    const all = el().querySelectorAll<HTMLElement>('[data-testid="audit-details"]');
    expect(all).toHaveLength(2);
    expect(text('audit-before', all[1])).toBe('Nothing recorded');
    expect(q('audit-request-id', all[1])).toBeNull();

    button.click();
    await stable();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(el().querySelectorAll('[data-testid="audit-details"]')).toHaveLength(1);
  });

  it('keeps the filters in the URL and sends them; says when nothing matches', async () => {
    await harness.navigateByUrl(
      '/admin/audit?actor=admin%40example.com&action=session.end&from=2026-12-01&page=1',
    );
    backend.expectOne(ADMIN_AUDIT_API.actions).flush(['user.suspend']);
    const first = list();
    expect(first.request.params.get('actor')).toBe('admin@example.com');
    expect(first.request.params.get('action')).toBe('session.end');
    expect(first.request.params.get('from')).toBe('2026-12-01');
    expect(first.request.params.get('page')).toBe('1');
    expect(first.request.params.has('target')).toBe(false);
    first.flush(pageOf([], { page: 1 }));
    await stable();
    expect(q<HTMLInputElement>('audit-actor')!.value).toBe('admin@example.com');
    // A code from the URL the server did not list is still offered (and selected).
    expect(q<HTMLSelectElement>('audit-action')!.value).toBe('session.end');
    expect(text('audit-empty')).toContain('No records match these filters');

    type('audit-target', ' u-carla ');
    q<HTMLButtonElement>('audit-apply')!.click();
    await stable();
    expect(router.url).toBe(
      '/admin/audit?actor=admin@example.com&action=session.end&target=u-carla&from=2026-12-01',
    );
    list().flush(pageOf([]));
    await stable();

    await pick('audit-action', 'user.suspend');
    expect(router.url).toContain('action=user.suspend');
    list().flush(pageOf([]));
    await stable();

    q<HTMLButtonElement>('audit-clear')!.click();
    await stable();
    expect(router.url).toBe('/admin/audit');
    expect(q<HTMLInputElement>('audit-target')!.value).toBe('');
    list().flush(pageOf([]));
    await stable();
    expect(text('audit-empty')).toContain('The audit log is empty');
    expect(q('audit-clear')).toBeNull();
  });

  it('shows the problem of a failed load, with a retry; the known actions stand in for the list', async () => {
    await harness.navigateByUrl('/admin/audit');
    flushProblem(backend.expectOne(ADMIN_AUDIT_API.actions), 500);
    flushProblem(list(), 400, { detail: 'from must be a date (yyyy-mm-dd).' });
    await stable();
    expect(text('audit-error')).toContain('Could not load the audit log');
    expect(text('audit-error')).toContain('from must be a date (yyyy-mm-dd).');
    // "All actions" and every known action.
    expect(q<HTMLSelectElement>('audit-action')!.options).toHaveLength(AUDIT_ACTIONS.length + 1);

    q<HTMLButtonElement>('audit-retry')!.click();
    await stable();
    list().flush(pageOf([record()]));
    await stable();
    expect(rows()).toHaveLength(1);
  });

  it('verifies the chain: intact, with the records counted', async () => {
    await open([record()]);
    const verify = q<HTMLButtonElement>('audit-verify')!;
    expect(verify.textContent?.trim()).toBe('Verify chain');
    verify.click();
    await stable();
    expect(verify.disabled).toBe(true);
    expect(verify.textContent?.trim()).toBe('Verifying…');
    backend.expectOne(ADMIN_AUDIT_API.verify).flush({
      intact: true,
      records: 1234,
      firstBreak: null,
      verifiedAt: '2026-12-07T10:00:00Z',
    });
    await stable();
    const result = q('audit-verify-result')!;
    expect(result.getAttribute('role')).toBe('status');
    expect(result.dataset['intact']).toBe('true');
    expect(text('audit-verify-result')).toBe(
      `The chain is intact: 1234 records verified at ${formatDateTime('2026-12-07T10:00:00Z', 'en', 'medium')}.`,
    );
    expect(verify.disabled).toBe(false);
  });

  it('verifies the chain: where it breaks, why, and errors', async () => {
    await open([record()]);
    q<HTMLButtonElement>('audit-verify')!.click();
    await stable();
    backend.expectOne(ADMIN_AUDIT_API.verify).flush({
      intact: false,
      records: 17,
      firstBreak: { seq: 17, problem: 'altered', message: 'Record 17 no longer matches its hash.' },
      verifiedAt: '2026-12-07T10:00:00Z',
    });
    await stable();
    const result = q('audit-verify-result')!;
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.dataset['seq']).toBe('17');
    expect(result.textContent).toContain(
      'The chain breaks at record 17: the record was changed after it was written.',
    );
    expect(text('audit-verify-message')).toBe('Record 17 no longer matches its hash.');

    q<HTMLButtonElement>('audit-verify')!.click();
    await stable();
    expect(q('audit-verify-result')).toBeNull();
    flushProblem(backend.expectOne(ADMIN_AUDIT_API.verify), 503, { detail: 'Database down.' });
    await stable();
    expect(text('audit-verify-error')).toContain('Could not verify the chain');
    expect(text('audit-verify-error')).toContain('Database down.');
    expect(q('audit-verify-error')!.getAttribute('role')).toBe('alert');

    q<HTMLButtonElement>('audit-verify-retry')!.click();
    await stable();
    backend.expectOne(ADMIN_AUDIT_API.verify).flush({
      intact: false,
      records: 3,
      firstBreak: { seq: 3, problem: 'unknown', message: 'Odd.' },
      verifiedAt: '2026-12-07T10:00:00Z',
    });
    await stable();
    expect(q('audit-verify-error')).toBeNull();
    expect(text('audit-verify-result')).toContain('The chain breaks at record 3: unknown.');
  });

  it('downloads the records matching the filters as skillfast-audit.csv', async () => {
    await open([record()], '/admin/audit?action=user.suspend&to=2026-12-07&page=3');
    const createObjectURL = vi.fn(() => 'blob:audit-1');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked = this;
    });

    q<HTMLButtonElement>('audit-csv')!.click();
    await stable();
    expect(q<HTMLButtonElement>('audit-csv')!.disabled).toBe(true);
    const req = backend.expectOne((r) => r.url === ADMIN_AUDIT_API.csv);
    expect(req.request.params.keys().sort()).toEqual(['action', 'to']);
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush(new Blob(['seq\n'], { type: 'text/csv' }));
    await stable();
    expect(clicked?.download).toBe('skillfast-audit.csv');
    expect(q<HTMLButtonElement>('audit-csv')!.disabled).toBe(false);

    q<HTMLButtonElement>('audit-csv')!.click();
    await stable();
    backend
      .expectOne((r) => r.url === ADMIN_AUDIT_API.csv)
      .flush(new Blob(['x']), { status: 503, statusText: 'Unavailable' });
    await stable();
    expect(text('audit-csv-error')).toBe(
      'The service is temporarily unavailable. Please try again later.',
    );
  });

  it('drops malformed filters from the URL', () => {
    expect(
      ADMIN_AUDIT_QUERY.parse(
        convertToParamMap({
          actor: 'x'.repeat(255),
          action: 'DROP TABLE',
          target: ' u-1 ',
          from: '2026-02-30',
          to: 'yesterday',
          page: '-1',
        }),
      ),
    ).toEqual({ actor: '', action: '', target: 'u-1', from: '', to: '', page: 0 });
  });
});
