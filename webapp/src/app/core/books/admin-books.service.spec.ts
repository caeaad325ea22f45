import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { ADMIN_BOOKS_API, LedgerCheck, Turnover } from './admin-books.model';
import { AdminBooksService } from './admin-books.service';

describe('AdminBooksService', () => {
  let backend: HttpTestingController;
  let api: AdminBooksService;

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    api = TestBed.inject(AdminBooksService);
  });

  afterEach(() => endAppTest(backend));

  it('runs the ledger check', () => {
    let check: LedgerCheck | undefined;
    api.ledgerCheck().subscribe((c) => (check = c));
    const req = backend.expectOne(ADMIN_BOOKS_API.ledgerCheck);
    expect(req.request.method).toBe('GET');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush({ differences: [], accounts: 3, entries: 9, checkedAt: '2026-12-07T10:00:00Z' });
    expect(check?.entries).toBe(9);
  });

  it('lists journal entries and downloads their CSV with only the filters that are set', () => {
    api
      .journal({
        type: 'SESSION_CHARGE',
        status: '',
        account: ' wallet:u-1 ',
        sessionId: '',
        from: '',
        to: '2026-12-07',
        page: 1,
      })
      .subscribe();
    const req = backend.expectOne((r) => r.url === ADMIN_BOOKS_API.journal);
    expect(req.request.params.keys().sort()).toEqual(['account', 'page', 'to', 'type']);
    expect(req.request.params.get('account')).toBe('wallet:u-1');
    req.flush({ items: [], total: 0, page: 1, size: 20 });

    api
      .journalCsv({
        type: '',
        status: 'REFUSED',
        account: '',
        sessionId: 's-1',
        from: '2026-12-01',
        to: '',
      })
      .subscribe();
    const csv = backend.expectOne((r) => r.url === ADMIN_BOOKS_API.journalCsv);
    expect(csv.request.responseType).toBe('blob');
    expect(csv.request.params.keys().sort()).toEqual(['from', 'sessionId', 'status']);
    csv.flush(new Blob(['id\n']));
  });

  it('reads the turnover per period, the dates and currency only when set', () => {
    let turnover: Turnover | undefined;
    api
      .turnover({ period: 'week', from: '2026-11-01', to: '', currency: '' })
      .subscribe((t) => (turnover = t));
    const req = backend.expectOne((r) => r.url === ADMIN_BOOKS_API.turnover);
    expect(req.request.params.keys().sort()).toEqual(['from', 'period']);
    expect(req.request.params.get('period')).toBe('week');
    const totals = { charges: 0, turnover: 0, commission: 0, expertEarnings: 0 };
    req.flush({
      currency: 'EUR',
      period: 'week',
      from: '2026-11-01',
      to: '2026-12-07',
      rows: [],
      totals,
    });
    expect(turnover?.currency).toBe('EUR');

    api.turnover({ period: 'month', from: '', to: '2026-12-31', currency: 'USD' }).subscribe();
    const usd = backend.expectOne((r) => r.url === ADMIN_BOOKS_API.turnover);
    expect(usd.request.params.keys().sort()).toEqual(['currency', 'period', 'to']);
    usd.flush({ currency: 'USD', period: 'month', from: '', to: '2026-12-31', rows: [], totals });
  });
});
