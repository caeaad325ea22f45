import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { testSettlement } from '../../testing/session-fixtures';
import { BILLING_API, Earnings, Settlement, Wallet } from './billing.model';
import { BillingService, RECEIPT_RETRY } from './billing.service';

describe('BillingService', () => {
  let backend: HttpTestingController;
  let api: BillingService;

  beforeEach(() => {
    backend = setUpAppTest({
      providers: [{ provide: RECEIPT_RETRY, useValue: { attempts: 3, delayMs: 1 } }],
    });
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    api = TestBed.inject(BillingService);
  });

  afterEach(() => endAppTest(backend));

  const receiptUrl = '/api/sessions/s%2F1/receipt';
  const next = () => vi.waitFor(() => backend.expectOne(receiptUrl));

  it('reads the wallet, in a given currency or the default one, with the bearer token', () => {
    let wallet: Wallet | undefined;
    api.wallet().subscribe((w) => (wallet = w));
    const req = backend.expectOne((r) => r.url === BILLING_API.wallet);
    expect(req.request.params.has('currency')).toBe(false);
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush({ currency: 'EUR', balance: 2500, balances: [{ currency: 'EUR', balance: 2500 }] });
    expect(wallet?.balance).toBe(2500);

    api.wallet('USD').subscribe();
    const usd = backend.expectOne((r) => r.url === BILLING_API.wallet);
    expect(usd.request.params.get('currency')).toBe('USD');
    usd.flush({ currency: 'USD', balance: 0, balances: [] });
  });

  it('lists transactions with only the filters that are set', () => {
    api
      .transactions({ type: 'SESSION_CHARGE', from: '2026-03-01', to: '2026-03-31', page: 2 })
      .subscribe();
    const req = backend.expectOne((r) => r.url === BILLING_API.transactions);
    expect(req.request.params.get('type')).toBe('SESSION_CHARGE');
    expect(req.request.params.get('from')).toBe('2026-03-01');
    expect(req.request.params.get('to')).toBe('2026-03-31');
    expect(req.request.params.get('page')).toBe('2');
    expect(req.request.params.get('size')).toBe('20');
    expect(req.request.params.has('currency')).toBe(false);
    req.flush({ items: [], total: 0, page: 2, size: 20 });

    api.transactions({ type: '', from: '', to: '', page: 0, currency: 'USD', size: 5 }).subscribe();
    const all = backend.expectOne((r) => r.url === BILLING_API.transactions);
    expect(all.request.params.keys().sort()).toEqual(['currency', 'page', 'size']);
    expect(all.request.params.get('size')).toBe('5');
    all.flush({ items: [], total: 0, page: 0, size: 5 });
  });

  it('downloads the CSV as a blob, with the filters and the Authorization header', async () => {
    let blob: Blob | undefined;
    api
      .transactionsCsv({ type: 'GRANT', from: '2026-01-01', to: '', currency: '' })
      .subscribe((b) => (blob = b));
    const req = backend.expectOne((r) => r.url === BILLING_API.transactionsCsv);
    expect(req.request.responseType).toBe('blob');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(req.request.params.get('type')).toBe('GRANT');
    expect(req.request.params.get('from')).toBe('2026-01-01');
    expect(req.request.params.has('to')).toBe(false);
    expect(req.request.params.has('page')).toBe(false);
    req.flush(new Blob(['id,type\n1,GRANT\n'], { type: 'text/csv' }));
    expect(await blob?.text()).toBe('id,type\n1,GRANT\n');
  });

  it('reads the earnings page by page', () => {
    let earnings: Earnings | undefined;
    api.earnings({ page: 1 }).subscribe((e) => (earnings = e));
    const req = backend.expectOne((r) => r.url === BILLING_API.earnings);
    expect(req.request.params.get('page')).toBe('1');
    expect(req.request.params.get('size')).toBe('20');
    req.flush({
      currency: 'EUR',
      available: 360,
      lifetime: 1200,
      sessions: { items: [], total: 0, page: 1, size: 20 },
    });
    expect(earnings?.available).toBe(360);
  });

  it('asks for a receipt again while it is not settled (409), then answers it', async () => {
    let receipt: Settlement | undefined;
    api.settledReceipt('s/1').subscribe((r) => (receipt = r));
    flushProblem(await next(), 409, { detail: 'Not settled yet.' });
    flushProblem(await next(), 409, { detail: 'Not settled yet.' });
    (await next()).flush(testSettlement());
    expect(receipt?.total).toBe(450);
  });

  it('gives up after the last attempt, and never retries other errors', async () => {
    let status = 0;
    api.settledReceipt('s/1').subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });
    for (let i = 0; i < 3; i++) {
      flushProblem(await next(), 409);
    }
    await vi.waitFor(() => expect(status).toBe(409));
    backend.expectNone(receiptUrl);

    api.settledReceipt('s/1').subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });
    flushProblem(await next(), 404);
    expect(status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 10));
    backend.expectNone(receiptUrl);
  });
});
