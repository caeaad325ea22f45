import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, convertToParamMap } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { BILLING_API, WalletTransaction } from '../../core/billing/billing.model';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import WalletPage from './wallet-page';
import { parseWalletQuery } from './wallet-query';

function tx(overrides: Partial<WalletTransaction> = {}): WalletTransaction {
  return {
    id: 't-1',
    type: 'SESSION_CHARGE',
    amount: -150,
    currency: 'EUR',
    sessionId: 's-1',
    unitIndex: 2,
    reason: null,
    createdAt: '2026-03-01T10:03:00Z',
    ...overrides,
  };
}

const grant = tx({
  id: 't-0',
  type: 'GRANT',
  amount: 2500,
  sessionId: null,
  unitIndex: null,
  reason: 'Welcome credit',
  createdAt: '2026-02-28T09:00:00Z',
});

describe('Wallet page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'wallet', component: WalletPage },
        { path: 'sessions/:id', component: Elsewhere },
      ],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    endAppTest(backend);
    vi.restoreAllMocks();
  });

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const stable = () => harness.fixture.whenStable();

  const walletRequest = () => backend.expectOne((r) => r.url === BILLING_API.wallet);
  const listRequest = (): TestRequest =>
    backend.expectOne((r) => r.url === BILLING_API.transactions);

  function page(items: WalletTransaction[], overrides = {}) {
    return { items, total: items.length, page: 0, size: 20, ...overrides };
  }

  async function open(url = '/wallet', items = [tx(), grant]): Promise<void> {
    await harness.navigateByUrl(url);
    walletRequest().flush({
      currency: 'EUR',
      balance: 2350,
      balances: [{ currency: 'EUR', balance: 2350 }],
    });
    listRequest().flush(page(items));
    await stable();
  }

  it('shows loading states, then the balance and one row per transaction', async () => {
    await harness.navigateByUrl('/wallet');
    expect(q('wallet-balance-loading')).not.toBeNull();
    expect(q('wallet-loading')).not.toBeNull();
    const wallet = walletRequest();
    expect(wallet.request.params.has('currency')).toBe(false);
    wallet.flush({
      currency: 'EUR',
      balance: 2350,
      balances: [{ currency: 'EUR', balance: 2350 }],
    });
    const list = listRequest();
    expect(list.request.params.get('page')).toBe('0');
    expect(list.request.params.has('type')).toBe(false);
    list.flush(page([tx(), grant]));
    await stable();

    expect(text('wallet-balance')).toBe('€23.50');
    expect(q('wallet-balances')).toBeNull();
    const rows = all('wallet-tx-row');
    expect(rows.map((r) => r.dataset['type'])).toEqual(['SESSION_CHARGE', 'GRANT']);
    expect(text('wallet-tx-amount', rows[0])).toBe('\u2212€1.50');
    expect(rows[0].textContent).toContain('Session charge');
    expect(rows[0].textContent).toContain('minute 3');
    expect(q('wallet-tx-session', rows[0])?.getAttribute('href')).toBe('/sessions/s-1');
    expect(text('wallet-tx-amount', rows[1])).toBe('+€25.00');
    expect(rows[1].textContent).toContain('Welcome credit');
    expect(q('wallet-tx-session', rows[1])).toBeNull();
    expect(text('wallet-summary')).toBe('1–2 of 2 transactions');
  });

  it('keeps the filters in the URL and pages through', async () => {
    await harness.navigateByUrl('/wallet?type=GRANT&from=2026-02-01&to=2026-02-28&page=1');
    walletRequest().flush({ currency: 'EUR', balance: 0, balances: [] });
    const req = listRequest();
    expect(req.request.params.get('type')).toBe('GRANT');
    expect(req.request.params.get('from')).toBe('2026-02-01');
    expect(req.request.params.get('to')).toBe('2026-02-28');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(page([grant], { total: 41, page: 1 }));
    await stable();
    expect(q<HTMLSelectElement>('wallet-type')!.value).toBe('GRANT');
    expect(q<HTMLInputElement>('wallet-from')!.value).toBe('2026-02-01');
    expect(q<HTMLInputElement>('wallet-to')!.value).toBe('2026-02-28');
    expect(el().textContent).toContain('Page 2 of 3');

    q<HTMLButtonElement>('wallet-next')!.click();
    await stable();
    expect(router.url).toBe('/wallet?type=GRANT&from=2026-02-01&to=2026-02-28&page=2');
    listRequest().flush(page([grant], { total: 41, page: 2 }));
    await stable();

    const type = q<HTMLSelectElement>('wallet-type')!;
    type.value = 'REFUND';
    type.dispatchEvent(new Event('change'));
    await stable();
    expect(router.url).toBe('/wallet?type=REFUND&from=2026-02-01&to=2026-02-28');
    listRequest().flush(page([]));
    await stable();

    const from = q<HTMLInputElement>('wallet-from')!;
    from.value = '2026-01-15';
    from.dispatchEvent(new Event('change'));
    await stable();
    expect(router.url).toBe('/wallet?type=REFUND&from=2026-01-15&to=2026-02-28');
    listRequest().flush(page([]));
    await stable();
    expect(text('wallet-empty')).toContain('No transactions match these filters.');

    q<HTMLButtonElement>('wallet-clear')!.click();
    await stable();
    expect(router.url).toBe('/wallet');
    listRequest().flush(page([tx()]));
  });

  it('offers clients "Add funds" in the wallet currency and the tab of their top-ups', async () => {
    await open();
    expect(q('wallet-add-funds')?.getAttribute('href')).toBe('/wallet/add-funds?currency=EUR');
    expect(text('wallet-add-funds')).toBe('Add funds');
    expect(q('wallet-tab-transactions')?.getAttribute('aria-current')).toBe('page');
    expect(q('wallet-tab-topups')?.getAttribute('href')).toBe('/wallet/topups');
  });

  it('says when there are no transactions yet', async () => {
    await open('/wallet', []);
    expect(text('wallet-empty')).toContain('No transactions yet.');
    expect(q('wallet-clear')).toBeNull();
  });

  it('shows errors with a retry, for the balance and for the list', async () => {
    await harness.navigateByUrl('/wallet');
    flushProblem(walletRequest(), 503, { detail: 'Ledger offline.' });
    flushProblem(listRequest(), 500);
    await stable();
    expect(text('wallet-balance-error')).toContain('Ledger offline.');
    expect(text('wallet-error')).toContain('Could not load your transactions');

    q<HTMLButtonElement>('wallet-balance-retry')!.click();
    q<HTMLButtonElement>('wallet-retry')!.click();
    await stable();
    walletRequest().flush({ currency: 'EUR', balance: 100, balances: [] });
    listRequest().flush(page([grant]));
    await stable();
    expect(text('wallet-balance')).toBe('€1.00');
    expect(all('wallet-tx-row')).toHaveLength(1);
  });

  it('switches to another currency the wallet holds', async () => {
    await harness.navigateByUrl('/wallet');
    walletRequest().flush({
      currency: 'EUR',
      balance: 100,
      balances: [
        { currency: 'EUR', balance: 100 },
        { currency: 'USD', balance: 700 },
      ],
    });
    listRequest().flush(page([]));
    await stable();
    expect(text('wallet-currency')).toBe('$7.00');
    q<HTMLButtonElement>('wallet-currency')!.click();
    await stable();
    expect(router.url).toBe('/wallet?currency=USD');
    expect(walletRequest().request.params.get('currency')).toBe('USD');
    expect(listRequest().request.params.get('currency')).toBe('USD');
  });

  it('downloads the filtered transactions as skillfast-transactions.csv', async () => {
    await open('/wallet?type=SESSION_CHARGE');
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:csv-1';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked = this;
    });

    q<HTMLButtonElement>('wallet-csv')!.click();
    await stable();
    expect(q<HTMLButtonElement>('wallet-csv')!.disabled).toBe(true);
    const req = backend.expectOne((r) => r.url === BILLING_API.transactionsCsv);
    expect(req.request.params.get('type')).toBe('SESSION_CHARGE');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush(new Blob(['id\n'], { type: 'text/csv' }));
    await stable();

    expect(created).toHaveLength(1);
    expect(clicked?.download).toBe('skillfast-transactions.csv');
    expect(clicked?.getAttribute('href')).toBe('blob:csv-1');
    expect(clicked?.isConnected).toBe(false);
    expect(q<HTMLButtonElement>('wallet-csv')!.disabled).toBe(false);
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:csv-1'), {
      timeout: 2000,
    });
  });

  it('says when the CSV could not be downloaded', async () => {
    await open();
    q<HTMLButtonElement>('wallet-csv')!.click();
    await stable();
    backend
      .expectOne((r) => r.url === BILLING_API.transactionsCsv)
      .flush(new Blob(['x']), { status: 503, statusText: 'Unavailable' });
    await stable();
    expect(text('wallet-csv-error')).toBe(
      'The service is temporarily unavailable. Please try again later.',
    );
  });
});

describe('Wallet page of an expert', () => {
  it('has neither "Add funds" nor the top-ups tab (top-ups are for clients)', async () => {
    const backend = setUpAppTest({ routes: [{ path: 'wallet', component: WalletPage }] });
    signIn(backend, { id: 'u-expert', role: 'EXPERT' });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/wallet');
    backend
      .expectOne((r) => r.url === BILLING_API.wallet)
      .flush({ currency: 'EUR', balance: 0, balances: [] });
    backend
      .expectOne((r) => r.url === BILLING_API.transactions)
      .flush({ items: [], total: 0, page: 0, size: 20 });
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement!;
    expect(root.querySelector('[data-testid="wallet-balance"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="wallet-add-funds"]')).toBeNull();
    expect(root.querySelector('[data-testid="wallet-tab-topups"]')).toBeNull();
    endAppTest(backend);
  });
});

describe('parseWalletQuery', () => {
  it('drops malformed filters', () => {
    expect(
      parseWalletQuery(
        convertToParamMap({
          type: 'BOGUS',
          from: '2026-02-30',
          to: 'yesterday',
          currency: 'euro',
          page: '-2',
        }),
      ),
    ).toEqual({ type: '', from: '', to: '', currency: '', page: 0 });
    expect(
      parseWalletQuery(
        convertToParamMap({ type: 'PAYOUT', from: '2026-02-01', currency: 'usd', page: '3' }),
      ),
    ).toEqual({ type: 'PAYOUT', from: '2026-02-01', to: '', currency: 'USD', page: 3 });
  });
});
