import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, convertToParamMap } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  ADMIN_BOOKS_API,
  JournalEntry,
  LedgerCheck,
  Turnover,
  TurnoverRow,
} from '../../../core/books/admin-books.model';
import { PageOf } from '../../../core/http/paging';
import { CLOCK } from '../../../core/time/clock';
import { formatDateTime } from '../../../shared/ui/date-time';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminBooks from './admin-books';
import { JOURNAL_QUERY } from './journal-query';
import { lastTwelveMonths, periodLabel } from './turnover-data';

const NOW = Date.parse('2026-12-07T10:00:00Z');
const CHECKED_AT = '2026-12-07T10:00:05Z';

function entry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: 'j-1',
    key: 'charge:s-1:2',
    type: 'SESSION_CHARGE',
    status: 'APPLIED',
    currency: 'EUR',
    postings: [
      { account: 'wallet:u-carla', amount: -150 },
      { account: 'earnings:u-laura', amount: 120 },
      { account: 'commission', amount: 30 },
    ],
    sessionId: 's-1',
    unitIndex: 2,
    reason: null,
    createdBy: null,
    createdAt: '2026-12-07T09:00:00Z',
    ...overrides,
  };
}

function pageOf(items: JournalEntry[], overrides: Partial<PageOf<JournalEntry>> = {}) {
  return { items, total: items.length, page: 0, size: 20, ...overrides };
}

function row(overrides: Partial<TurnoverRow> = {}): TurnoverRow {
  return {
    period: '2026-12',
    start: '2026-12-01',
    charges: 40,
    turnover: 6000,
    commission: 1200,
    expertEarnings: 4800,
    ...overrides,
  };
}

function turnover(rows: TurnoverRow[], overrides: Partial<Turnover> = {}): Turnover {
  const sum = (key: 'charges' | 'turnover' | 'commission' | 'expertEarnings') =>
    rows.reduce((total, r) => total + r[key], 0);
  return {
    currency: 'EUR',
    period: 'month',
    from: '2026-01-01',
    to: '2026-12-07',
    rows,
    totals: {
      charges: sum('charges'),
      turnover: sum('turnover'),
      commission: sum('commission'),
      expertEarnings: sum('expertEarnings'),
    },
    ...overrides,
  };
}

describe('Admin books', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    // jsdom has no canvas: Chart.js is given no context and draws nothing.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    backend = setUpAppTest({
      routes: [{ path: 'admin/books', component: AdminBooks }],
      providers: [provideAdminTranslations(), { provide: CLOCK, useValue: () => NOW }],
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
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const journalRequest = (): TestRequest =>
    backend.expectOne((r) => r.url === ADMIN_BOOKS_API.journal);
  const turnoverRequest = (): TestRequest =>
    backend.expectOne((r) => r.url === ADMIN_BOOKS_API.turnover);
  const pick = async (id: string, value: string) => {
    const select = q<HTMLSelectElement>(id)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await stable();
  };

  async function open(
    entries: JournalEntry[] = [entry()],
    figures: Turnover = turnover([row()]),
    url = '/admin/books',
  ): Promise<void> {
    await harness.navigateByUrl(url);
    journalRequest().flush(pageOf(entries));
    turnoverRequest().flush(figures);
    await stable();
  }

  describe('Ledger check', () => {
    it('runs on demand and says the books balance', async () => {
      await open();
      expect(q('admin-books-page')).not.toBeNull();
      expect(q('ledger-check-result')).toBeNull();
      backend.expectNone(ADMIN_BOOKS_API.ledgerCheck);

      const run = q<HTMLButtonElement>('ledger-check-run')!;
      expect(run.textContent?.trim()).toBe('Run ledger check');
      run.click();
      await stable();
      expect(run.disabled).toBe(true);
      expect(run.textContent?.trim()).toBe('Checking…');
      backend
        .expectOne(ADMIN_BOOKS_API.ledgerCheck)
        .flush({ differences: [], accounts: 12, entries: 345, checkedAt: CHECKED_AT });
      await stable();

      const result = q('ledger-check-result')!;
      expect(result.dataset['balanced']).toBe('true');
      expect(result.querySelector('[role="status"]')?.textContent?.trim()).toBe(
        `Books balance: 12 accounts, 345 entries checked at ${formatDateTime(CHECKED_AT, 'en', 'medium')}.`,
      );
      expect(result.querySelector('table')).toBeNull();
      expect(run.disabled).toBe(false);
    });

    it('lists the differences it found, and shows errors with a retry', async () => {
      await open();
      q<HTMLButtonElement>('ledger-check-run')!.click();
      await stable();
      const check: LedgerCheck = {
        differences: [
          {
            kind: 'BALANCE',
            account: 'wallet:u-carla',
            entryId: null,
            expected: 123456,
            actual: 123000,
            message: 'Balance differs from its postings.',
          },
          {
            kind: 'UNBALANCED_ENTRY',
            account: null,
            entryId: 'j-9',
            expected: null,
            actual: null,
            message: 'Postings do not add up to zero.',
          },
        ],
        accounts: 12,
        entries: 345,
        checkedAt: CHECKED_AT,
      };
      backend.expectOne(ADMIN_BOOKS_API.ledgerCheck).flush(check);
      await stable();

      const result = q('ledger-check-result')!;
      expect(result.dataset['balanced']).toBe('false');
      expect(result.querySelector('[role="alert"]')?.textContent).toContain(
        '2 differences found in 12 accounts and 345 entries',
      );
      expect(result.querySelector('caption')?.textContent?.trim()).toBe(
        'Differences found by the ledger check',
      );
      const [balance, unbalanced] = all('ledger-difference');
      expect(balance.querySelector('th[scope="row"]')?.textContent?.trim()).toBe('BALANCE');
      expect(balance.textContent).toContain('wallet:u-carla');
      expect(balance.textContent).toContain('123,456');
      expect(balance.textContent).toContain('123,000');
      expect(balance.textContent).toContain('Balance differs from its postings.');
      expect(unbalanced.textContent).toContain('j-9');

      q<HTMLButtonElement>('ledger-check-run')!.click();
      await stable();
      flushProblem(backend.expectOne(ADMIN_BOOKS_API.ledgerCheck), 503, {
        detail: 'The ledger is being rebuilt.',
      });
      await stable();
      expect(q('ledger-check-result')).toBeNull();
      expect(text('ledger-check-error')).toContain('Could not run the ledger check');
      expect(text('ledger-check-error')).toContain('The ledger is being rebuilt.');

      q<HTMLButtonElement>('ledger-check-retry')!.click();
      await stable();
      backend
        .expectOne(ADMIN_BOOKS_API.ledgerCheck)
        .flush({ differences: [], accounts: 1, entries: 1, checkedAt: CHECKED_AT });
      await stable();
      expect(q('ledger-check-error')).toBeNull();
      expect(q('ledger-check-result')!.dataset['balanced']).toBe('true');
    });
  });

  describe('Commission and turnover', () => {
    it('shows the last twelve months per month: a chart and the same figures in a table, with totals', async () => {
      await harness.navigateByUrl('/admin/books');
      journalRequest().flush(pageOf([]));
      expect(q('turnover-loading')).not.toBeNull();
      const req = turnoverRequest();
      expect(req.request.params.get('period')).toBe('month');
      expect(req.request.params.get('from')).toBe('2026-01-01');
      expect(req.request.params.get('to')).toBe('2026-12-07');
      expect(req.request.params.has('currency')).toBe(false);
      req.flush(
        turnover([
          row({
            period: '2026-11',
            start: '2026-11-01',
            turnover: 4000,
            commission: 800,
            expertEarnings: 3200,
            charges: 25,
          }),
          row(),
        ]),
      );
      await stable();

      expect(text('turnover-range')).toBe('EUR, from Jan 1, 2026 to Dec 7, 2026');
      const chart = q('turnover-chart')!;
      expect(chart.tagName).toBe('CANVAS');
      expect(chart.getAttribute('role')).toBe('img');
      expect(chart.getAttribute('aria-label')).toBe(
        'Bar chart of the turnover and the commission per month. The figures are in the table under it.',
      );

      const rows = all('turnover-row');
      expect(rows.map((r) => r.querySelector('th[scope="row"]')?.textContent?.trim())).toEqual([
        'Nov 2026',
        'Dec 2026',
      ]);
      expect(text('turnover-amount', rows[1])).toBe('€60.00');
      expect(text('turnover-commission', rows[1])).toBe('€12.00');
      expect(rows[1].textContent).toContain('40');
      expect(rows[1].textContent).toContain('€48.00');
      expect(text('turnover-total-amount')).toBe('€100.00');
      expect(text('turnover-total-commission')).toBe('€20.00');
      expect(q('turnover-totals')!.querySelector('th[scope="row"]')?.textContent?.trim()).toBe(
        'Total',
      );
      expect(
        Array.from(q('turnover')!.querySelectorAll('thead th'), (th) => th.textContent?.trim()),
      ).toEqual(['Period', 'Charges', 'Turnover', 'Commission', 'Experts’ earnings']);
    });

    it('follows the period, dates and currency picked; says when there were no charges', async () => {
      await open();
      await pick('turnover-period', 'week');
      let req = turnoverRequest();
      expect(req.request.params.get('period')).toBe('week');
      req.flush(turnover([row({ period: '2026-W49', start: '2026-11-30' })], { period: 'week' }));
      await stable();
      const week = all('turnover-row')[0];
      expect(week.querySelector('th')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        '2026-W49 from Nov 30, 2026',
      );

      const from = q<HTMLInputElement>('turnover-from')!;
      from.value = '2026-12-01';
      from.dispatchEvent(new Event('change'));
      await stable();
      req = turnoverRequest();
      expect(req.request.params.get('from')).toBe('2026-12-01');
      req.flush(turnover([], { period: 'week', from: '2026-12-01' }));
      await stable();
      expect(text('turnover-empty')).toBe('No charges in this period');
      expect(q('turnover-chart')).toBeNull();

      await pick('turnover-currency', 'USD');
      req = turnoverRequest();
      expect(req.request.params.get('currency')).toBe('USD');
      flushProblem(req, 400, { detail: 'No prices in USD.' });
      await stable();
      expect(text('turnover-error')).toContain('Could not load the turnover');
      expect(text('turnover-error')).toContain('No prices in USD.');

      q<HTMLButtonElement>('turnover-retry')!.click();
      await stable();
      turnoverRequest().flush(turnover([row()], { currency: 'USD' }));
      await stable();
      expect(text('turnover-amount')).toBe('$60.00');
    });

    it('labels periods by day, week and month', () => {
      expect(periodLabel(row({ period: '2026-12-07', start: '2026-12-07' }), 'day', 'en')).toBe(
        'Dec 7, 2026',
      );
      expect(periodLabel(row({ period: '2026-W49', start: '2026-11-30' }), 'week', 'es')).toBe(
        '2026-W49',
      );
      expect(periodLabel(row(), 'month', 'es')).toMatch(/dic/);
      expect(lastTwelveMonths(Date.parse('2026-03-15T23:30:00Z'))).toEqual({
        from: '2025-04-01',
        to: '2026-03-15',
      });
    });
  });

  describe('Journal', () => {
    it('lists the entries with their postings (account and signed amount)', async () => {
      await harness.navigateByUrl('/admin/books');
      expect(q('journal')).not.toBeNull();
      expect(q('journal-list-loading')).not.toBeNull();
      journalRequest().flush(
        pageOf([
          entry(),
          entry({
            id: 'j-2',
            type: 'GRANT',
            status: 'REFUSED',
            postings: [{ account: 'wallet:u-dan', amount: 500 }],
            sessionId: null,
            unitIndex: null,
            reason: 'Welcome credit',
            createdBy: 'admin@example.com',
          }),
        ]),
      );
      turnoverRequest().flush(turnover([]));
      await stable();

      const [charge, grant] = all('journal-row');
      expect(charge.querySelector('th[scope="row"]')?.textContent?.trim()).toBe(
        formatDateTime('2026-12-07T09:00:00Z', 'en', 'medium'),
      );
      expect(charge.textContent).toContain('Session charge');
      expect(text('journal-status', charge)).toBe('Applied');
      const postings = Array.from(
        charge.querySelectorAll<HTMLElement>('[data-testid="journal-posting"]'),
        (p) => p.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(postings).toEqual([
        'wallet:u-carla −€1.50',
        'earnings:u-laura +€1.20',
        'commission +€0.30',
      ]);
      expect(text('journal-session-id', charge)).toBe('Session s-1 · minute 3');
      expect(charge.textContent).toContain('charge:s-1:2');

      expect(grant.textContent).toContain('Grant');
      expect(text('journal-status', grant)).toBe('Refused');
      expect(q('journal-status', grant)!.classList).toContain('badge--danger');
      expect(grant.textContent).toContain('Welcome credit');
      expect(grant.textContent).toContain('By admin@example.com');
      expect(q('journal-session-id', grant)).toBeNull();
      expect(text('journal-list-summary')).toBe('1–2 of 2 entries');
    });

    it('keeps the filters in the URL and sends them; says when nothing matches', async () => {
      await harness.navigateByUrl('/admin/books?type=REFUND&status=APPLIED&page=2');
      const first = journalRequest();
      expect(first.request.params.get('type')).toBe('REFUND');
      expect(first.request.params.get('status')).toBe('APPLIED');
      expect(first.request.params.get('page')).toBe('2');
      first.flush(pageOf([], { page: 2 }));
      turnoverRequest().flush(turnover([]));
      await stable();
      expect(text('journal-list-empty')).toContain('No entries match these filters');
      expect(q<HTMLSelectElement>('journal-type')!.value).toBe('REFUND');

      type('journal-account', 'wallet:u-carla');
      type('journal-session', 's-1');
      q<HTMLButtonElement>('journal-apply')!.click();
      await stable();
      expect(router.url).toBe(
        '/admin/books?type=REFUND&status=APPLIED&account=wallet:u-carla&sessionId=s-1',
      );
      const filtered = journalRequest();
      expect(filtered.request.params.get('account')).toBe('wallet:u-carla');
      expect(filtered.request.params.get('sessionId')).toBe('s-1');
      filtered.flush(pageOf([entry()]));
      await stable();

      await pick('journal-status', 'PENDING');
      expect(router.url).toContain('status=PENDING');
      journalRequest().flush(pageOf([]));
      await stable();

      q<HTMLButtonElement>('journal-clear')!.click();
      await stable();
      expect(router.url).toBe('/admin/books');
      expect(q<HTMLInputElement>('journal-account')!.value).toBe('');
      journalRequest().flush(pageOf([]));
      await stable();
      expect(text('journal-list-empty')).toContain('The journal is empty');
    });

    it('shows the problem of a failed load with a retry', async () => {
      await harness.navigateByUrl('/admin/books');
      flushProblem(journalRequest(), 400, { detail: 'Unknown account.' });
      turnoverRequest().flush(turnover([]));
      await stable();
      expect(text('journal-list-error')).toContain('Could not load the journal');
      expect(text('journal-list-error')).toContain('Unknown account.');
      q<HTMLButtonElement>('journal-list-retry')!.click();
      await stable();
      journalRequest().flush(pageOf([entry()]));
      await stable();
      expect(all('journal-row')).toHaveLength(1);
    });

    it('downloads the entries matching the filters as skillfast-journal.csv', async () => {
      await open([entry()], turnover([]), '/admin/books?type=GRANT&from=2026-12-01&page=1');
      Object.assign(URL, {
        createObjectURL: vi.fn(() => 'blob:journal-1'),
        revokeObjectURL: vi.fn(),
      });
      let clicked: HTMLAnchorElement | undefined;
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        clicked = this;
      });
      q<HTMLButtonElement>('journal-csv')!.click();
      await stable();
      const req = backend.expectOne((r) => r.url === ADMIN_BOOKS_API.journalCsv);
      expect(req.request.params.keys().sort()).toEqual(['from', 'type']);
      req.flush(new Blob(['id\n'], { type: 'text/csv' }));
      await stable();
      expect(clicked?.download).toBe('skillfast-journal.csv');

      q<HTMLButtonElement>('journal-csv')!.click();
      await stable();
      backend
        .expectOne((r) => r.url === ADMIN_BOOKS_API.journalCsv)
        .flush(new Blob(['x']), { status: 500, statusText: 'Error' });
      await stable();
      expect(q('journal-csv-error')).not.toBeNull();
    });

    it('drops malformed filters from the URL', () => {
      expect(
        JOURNAL_QUERY.parse(
          convertToParamMap({
            type: 'CHARGE',
            status: 'applied',
            account: 'a'.repeat(129),
            sessionId: ' s-1 ',
            from: '2026-13-01',
            to: '2026-12-07',
            page: 'x',
          }),
        ),
      ).toEqual({
        type: '',
        status: '',
        account: '',
        sessionId: 's-1',
        from: '',
        to: '2026-12-07',
        page: 0,
      });
    });
  });
});
