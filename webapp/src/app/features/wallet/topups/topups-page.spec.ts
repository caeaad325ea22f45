import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { PAYMENTS_API } from '../../../core/payments/payments.model';
import { EXTERNAL_NAVIGATION } from '../../../core/payments/redirect';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { pageOfItems, testTopup } from '../../../testing/payment-fixtures';
import TopupsPage from './topups-page';

describe('Top-ups page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  const leave = vi.fn();

  beforeEach(async () => {
    leave.mockReset();
    backend = setUpAppTest({
      routes: [
        { path: 'wallet/topups', component: TopupsPage },
        { path: '**', component: Elsewhere },
      ],
      providers: [{ provide: EXTERNAL_NAVIGATION, useValue: leave }],
      lang: 'en',
    });
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="topup-row"]'));
  const stable = () => harness.fixture.whenStable();
  const list = (): TestRequest =>
    backend.expectOne((r) => r.method === 'GET' && r.url === PAYMENTS_API.topups);

  it('lists the top-ups with their status; a pending one can be resumed or checked', async () => {
    await harness.navigateByUrl('/wallet/topups');
    expect(q('topups-loading')).not.toBeNull();
    expect(q('wallet-tab-topups')?.getAttribute('aria-current')).toBe('page');
    expect(q('wallet-tab-transactions')?.getAttribute('aria-current')).toBeNull();
    list().flush(
      pageOfItems([
        testTopup({
          id: 't-2',
          provider: 'STRIPE',
          redirectUrl: 'https://checkout.stripe.test/cs',
        }),
        testTopup({ id: 't-1', status: 'PARTIALLY_REFUNDED', refunded: 500, redirectUrl: null }),
      ]),
    );
    await stable();

    const [pending, refunded] = rows();
    expect(pending.dataset['status']).toBe('PENDING');
    expect(text('topup-status', pending)).toBe('Pending');
    expect(pending.textContent).toContain('Stripe');
    expect(text('topup-amount', refunded)).toBe('€20.00 €5.00 refunded');
    expect(text('topup-status', refunded)).toBe('Partly refunded');
    expect(q('topup-resume', refunded)).toBeNull();
    expect(q('topup-check', pending)?.getAttribute('href')).toBe(
      '/wallet/topups/t-2/return?result=success',
    );
    q<HTMLButtonElement>('topup-resume', pending)!.click();
    expect(leave).toHaveBeenCalledWith('https://checkout.stripe.test/cs');
    expect(q('wallet-add-funds')?.getAttribute('href')).toBe('/wallet/add-funds');
    expect(text('topups-summary')).toBe('1–2 of 2 top-ups');
  });

  it('pages through (in the URL), says when there are none, and shows errors with a retry', async () => {
    await harness.navigateByUrl('/wallet/topups?page=1');
    expect(list().request.params.get('page')).toBe('1');
    await harness.navigateByUrl('/wallet/topups');
    list().flush(pageOfItems([]));
    await stable();
    expect(text('topups-empty')).toContain('No top-ups yet.');

    await harness.navigateByUrl('/wallet/topups?page=2');
    flushProblem(list(), 503, { detail: 'Ledger offline.' });
    await stable();
    expect(text('topups-error')).toContain('Ledger offline.');
    q<HTMLButtonElement>('topups-retry')!.click();
    await stable();
    list().flush(pageOfItems([testTopup()], { total: 41, page: 2 }));
    await stable();
    expect(rows()).toHaveLength(1);
    expect(TestBed.inject(Router).url).toBe('/wallet/topups?page=2');
  });
});
