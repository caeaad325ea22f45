import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { PAYMENTS_API, PayoutAccount } from '../../core/payments/payments.model';
import { EXTERNAL_NAVIGATION } from '../../core/payments/redirect';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { pageOfItems, testPayout, testPayoutAccount } from '../../testing/payment-fixtures';
import PayoutsPage from './payouts-page';

describe('Payouts page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  const leave = vi.fn();

  beforeEach(async () => {
    leave.mockReset();
    backend = setUpAppTest({
      routes: [
        { path: 'payouts', component: PayoutsPage },
        { path: '**', component: Elsewhere },
      ],
      providers: [{ provide: EXTERNAL_NAVIGATION, useValue: leave }],
      lang: 'en',
    });
    signIn(backend, { id: 'u-expert', role: 'EXPERT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const stable = () => harness.fixture.whenStable();
  const accountRequest = (): TestRequest =>
    backend.expectOne((r) => r.method === 'GET' && r.url === PAYMENTS_API.payoutAccount);
  const listRequest = (): TestRequest =>
    backend.expectOne((r) => r.method === 'GET' && r.url === PAYMENTS_API.payouts);
  const radio = (method: string) => q<HTMLInputElement>(`payout-method-${method}`)!;
  const submit = async () => {
    q<HTMLFormElement>('payout-form')!.dispatchEvent(new Event('submit'));
    await stable();
  };

  async function open(
    url = '/payouts',
    account: PayoutAccount = testPayoutAccount(),
    payouts = [testPayout()],
  ) {
    await harness.navigateByUrl(url);
    expect(q('payouts-account-loading')).not.toBeNull();
    expect(q('payouts-loading')).not.toBeNull();
    accountRequest().flush(account);
    listRequest().flush(pageOfItems(payouts));
    await stable();
  }

  it('shows what is available and asked for, how the expert is paid, and the history', async () => {
    await open('/payouts', testPayoutAccount({ pending: [{ currency: 'EUR', amount: 3000 }] }), [
      testPayout({ status: 'PAID', reference: 'PAYROLL-03', paidAt: '2026-03-03T09:00:00Z' }),
      testPayout({ id: 'p-2', method: 'PAYPAL', status: 'REJECTED', reason: 'Duplicate' }),
    ]);
    expect(text('payouts-available')).toBe('€120.00');
    expect(text('payouts-pending')).toBe('€30.00');
    expect(text('payout-minimum')).toBe('Minimum €20.00 · available €120.00.');
    expect(radio('manual').checked).toBe(true);
    expect(radio('stripe').disabled).toBe(true);
    expect(radio('paypal').disabled).toBe(true);
    expect(el().textContent).toContain('Save your PayPal e-mail first.');
    expect(q('stripe-onboarding')?.dataset['state']).toBe('NOT_STARTED');
    expect(text('stripe-onboarding-start')).toBe('Start onboarding');

    const rows = all('payout-row');
    expect(rows.map((r) => r.dataset['status'])).toEqual(['PAID', 'REJECTED']);
    expect(text('payout-status', rows[0])).toBe('Paid');
    expect(rows[0].textContent).toContain('Reference: PAYROLL-03');
    expect(text('payout-reason', rows[1])).toBe('Duplicate');
    expect(text('payout-amount-cell', rows[1])).toBe('€50.00');
  });

  it('checks the amount against the minimum and what is available, then requests the payout', async () => {
    await open();
    type('payout-amount', '10');
    await submit();
    expect(text('field-error-amount')).toBe('The smallest payout is €20.00.');
    type('payout-amount', '120.01');
    await stable();
    expect(text('field-error-amount')).toBe('You have €120.00 available.');
    backend.expectNone(PAYMENTS_API.payouts);

    type('payout-amount', '50');
    await submit();
    const first = backend.expectOne({ method: 'POST', url: PAYMENTS_API.payouts });
    expect(first.request.body).toEqual({ amount: 5000, currency: 'EUR', method: 'MANUAL' });
    flushProblem(first, 409, { detail: 'Your earnings changed: €40.00 available.' });
    await stable();
    expect(text('payout-error')).toBe('Your earnings changed: €40.00 available.');

    await submit();
    backend
      .expectOne({ method: 'POST', url: PAYMENTS_API.payouts })
      .flush(testPayout({ id: 'p-9' }), { status: 201, statusText: 'Created' });
    await stable();
    expect(text('payout-done')).toBe(
      'Payout of €50.00 requested. An administrator will handle it.',
    );
    expect(q<HTMLInputElement>('payout-amount')!.value).toBe('');
    // The amounts and the history are read again.
    accountRequest().flush(
      testPayoutAccount({
        available: [{ currency: 'EUR', amount: 7000 }],
        pending: [{ currency: 'EUR', amount: 5000 }],
      }),
    );
    listRequest().flush(pageOfItems([testPayout({ id: 'p-9' }), testPayout()]));
    await stable();
    expect(text('payouts-available')).toBe('€70.00');
    expect(all('payout-row')).toHaveLength(2);
  });

  it('starts Stripe onboarding by leaving for the link it gets, and shows a refusal', async () => {
    await open();
    q<HTMLButtonElement>('stripe-onboarding-start')!.click();
    await stable();
    flushProblem(backend.expectOne({ method: 'POST', url: PAYMENTS_API.onboarding }), 409, {
      detail: 'Stripe is not configured.',
    });
    await stable();
    expect(text('stripe-onboarding-error')).toBe('Stripe is not configured.');

    q<HTMLButtonElement>('stripe-onboarding-start')!.click();
    backend
      .expectOne({ method: 'POST', url: PAYMENTS_API.onboarding })
      .flush({ url: 'https://connect.stripe.test/setup/acct_1' });
    await stable();
    expect(leave).toHaveBeenCalledWith('https://connect.stripe.test/setup/acct_1');
  });

  it('says what Stripe’s return and refresh links mean; an enabled account can be paid', async () => {
    const enabled = testPayoutAccount({
      stripe: { accountId: 'acct_1', onboarding: 'COMPLETE', payoutsEnabled: true },
      preferredMethod: 'STRIPE',
    });
    await open('/payouts?onboarding=return', enabled);
    expect(text('payouts-onboarding-notice')).toContain('Welcome back from Stripe.');
    expect(text('stripe-onboarding-state')).toBe('Payouts to your bank account are enabled.');
    expect(q('stripe-onboarding-start')).toBeNull();
    expect(radio('stripe').checked).toBe(true);

    await harness.navigateByUrl('/elsewhere');
    await open(
      '/payouts?onboarding=refresh',
      testPayoutAccount({
        stripe: { accountId: 'acct_1', onboarding: 'IN_PROGRESS', payoutsEnabled: false },
      }),
    );
    expect(text('payouts-onboarding-notice')).toContain('The Stripe link expired');
    expect(text('stripe-onboarding-start')).toBe('Continue onboarding');
  });

  it('saves the PayPal e-mail, which makes PayPal usable', async () => {
    await open('/payouts', testPayoutAccount({ stripe: null }));
    expect(q('stripe-onboarding')).toBeNull();
    type('paypal-email', 'not-an-email');
    q<HTMLFormElement>('paypal-form')!.dispatchEvent(new Event('submit'));
    await stable();
    expect(q('field-error-paypalEmail')).not.toBeNull();

    type('paypal-email', 'laura@paypal.test');
    q<HTMLFormElement>('paypal-form')!.dispatchEvent(new Event('submit'));
    const put = backend.expectOne({ method: 'PUT', url: PAYMENTS_API.payoutAccount });
    expect(put.request.body).toEqual({ paypalEmail: 'laura@paypal.test' });
    put.flush(testPayoutAccount({ stripe: null, paypalEmail: 'laura@paypal.test' }));
    await stable();
    expect(text('paypal-saved')).toBe('PayPal e-mail saved.');
    expect(radio('paypal').disabled).toBe(false);
  });

  it('says when nothing can be paid out yet and when there are no payouts', async () => {
    await open('/payouts', testPayoutAccount({ available: [] }), []);
    expect(text('payouts-available')).toBe('Nothing yet');
    expect(q('payout-form')).toBeNull();
    expect(text('payout-nothing')).toContain('You have no earnings to pay out yet.');
    expect(text('payouts-empty')).toContain('No payouts yet.');
  });

  it('shows load errors with a retry, for the account and for the history', async () => {
    await harness.navigateByUrl('/payouts?page=1');
    flushProblem(accountRequest(), 503, { detail: 'Payments are down.' });
    const list = listRequest();
    expect(list.request.params.get('page')).toBe('1');
    flushProblem(list, 500);
    await stable();
    expect(text('payouts-account-error')).toContain('Payments are down.');
    expect(text('payouts-error')).toContain('Could not load your payouts');

    q<HTMLButtonElement>('payouts-account-retry')!.click();
    q<HTMLButtonElement>('payouts-retry')!.click();
    await stable();
    accountRequest().flush(testPayoutAccount());
    listRequest().flush(pageOfItems([testPayout()], { page: 1, total: 21 }));
    await stable();
    expect(text('payouts-available')).toBe('€120.00');
    expect(all('payout-row')).toHaveLength(1);
    expect(TestBed.inject(Router).url).toBe('/payouts?page=1');
  });
});
