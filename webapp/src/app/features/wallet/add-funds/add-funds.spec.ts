import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { PAYMENTS_API } from '../../../core/payments/payments.model';
import { EXTERNAL_NAVIGATION } from '../../../core/payments/redirect';
import { TopupReturnStore } from '../../../core/payments/topup-return';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testProviders, testTopup } from '../../../testing/payment-fixtures';
import AddFunds from './add-funds';

describe('Add funds page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;
  const leave = vi.fn();

  beforeEach(async () => {
    sessionStorage.clear();
    leave.mockReset();
    backend = setUpAppTest({
      routes: [
        { path: 'wallet/add-funds', component: AddFunds },
        { path: 'wallet/topups/:id/demo-pay', component: Elsewhere },
        { path: '**', component: Elsewhere },
      ],
      providers: [{ provide: EXTERNAL_NAVIGATION, useValue: leave }],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    endAppTest(backend);
    sessionStorage.clear();
  });

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const providersRequest = (): TestRequest =>
    backend.expectOne((r) => r.url === PAYMENTS_API.providers);
  const createRequest = (): TestRequest =>
    backend.expectOne((r) => r.method === 'POST' && r.url === PAYMENTS_API.topups);
  const submit = async () => {
    q<HTMLFormElement>('add-funds-form')!.dispatchEvent(new Event('submit'));
    await stable();
  };

  async function open(url = '/wallet/add-funds', providers = testProviders(), state = {}) {
    await router.navigateByUrl(url, { state });
    await stable();
    expect(q('add-funds-loading')).not.toBeNull();
    providersRequest().flush({ items: providers });
    await stable();
  }

  it('offers the providers and presets, the first provider and smallest preset chosen', async () => {
    await open();
    const radios = ['stripe', 'paypal', 'demo'].map((p) =>
      q<HTMLInputElement>(`add-funds-provider-${p}`),
    );
    expect(radios.map((r) => r?.closest('label')?.textContent?.trim())).toEqual([
      'Card (Stripe)',
      'PayPal',
      'Demo payment — no real money',
    ]);
    expect(radios[0]!.checked).toBe(true);
    const presets = Array.from(
      el().querySelectorAll<HTMLElement>('[data-testid="add-funds-preset"]'),
    );
    expect(presets.map((p) => p.textContent?.trim())).toEqual([
      '€10.00',
      '€20.00',
      '€50.00',
      '€100.00',
    ]);
    expect(q<HTMLInputElement>('add-funds-amount')!.value).toBe('10.00');
    expect(presets[0].getAttribute('aria-pressed')).toBe('true');
    expect(el().textContent).toContain('Between €5.00 and €500.00.');

    presets[2].click();
    await stable();
    expect(q<HTMLInputElement>('add-funds-amount')!.value).toBe('50.00');
    expect(presets[2].getAttribute('aria-pressed')).toBe('true');
    expect(q('add-funds-demo-note')).toBeNull();
    radios[2]!.click();
    await stable();
    expect(q('add-funds-demo-note')).not.toBeNull();
  });

  it('fills in the missing amount of a 402, at least the minimum, and names the way back', async () => {
    await open(
      '/wallet/add-funds?amount=1250&currency=EUR&returnTo=%2Fexperts%2Fe-laura',
      testProviders(),
      {
        returnLabel: 'Laura Martín',
      },
    );
    expect(q<HTMLInputElement>('add-funds-amount')!.value).toBe('12.50');
    expect(text('add-funds-return-note')).toBe('Once paid, you will go back to Laura Martín.');
    expect(q('add-funds-cancel')?.getAttribute('href')).toBe('/experts/e-laura');

    await router.navigateByUrl('/elsewhere');
    await open('/wallet/add-funds?amount=120&currency=EUR');
    expect(q<HTMLInputElement>('add-funds-amount')!.value).toBe('5.00');
    expect(q('add-funds-return-note')).toBeNull();
  });

  it('refuses amounts that are not amounts or outside the limits, next to the field', async () => {
    await open();
    type('add-funds-amount', '4.99');
    await submit();
    expect(text('field-error-amount')).toBe('The smallest top-up is €5.00.');
    type('add-funds-amount', '600');
    await stable();
    expect(text('field-error-amount')).toBe('The largest top-up is €500.00.');
    type('add-funds-amount', '12.345');
    await stable();
    expect(text('field-error-amount')).toBe('Enter an amount such as 12.50.');
    backend.expectNone(PAYMENTS_API.topups);
  });

  it('pays with DEMO: one key per attempt, kept for a retry, then on to the app’s own page', async () => {
    await open('/wallet/add-funds?returnTo=%2Fexperts%2Fe-laura', testProviders(), {
      returnLabel: 'Laura Martín',
    });
    q<HTMLInputElement>('add-funds-provider-demo')!.click();
    type('add-funds-amount', '20');
    await submit();
    const first = createRequest();
    expect(first.request.body).toEqual({ provider: 'DEMO', amount: 2000, currency: 'EUR' });
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    flushProblem(first, 503, { detail: 'Try again in a moment.' });
    await stable();
    expect(text('add-funds-error')).toBe('Try again in a moment.');

    await submit();
    const retry = createRequest();
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush(
      testTopup({ id: 't-9', redirectUrl: `${location.origin}/wallet/topups/t-9/demo-pay` }),
      {
        status: 201,
        statusText: 'Created',
      },
    );
    await vi.waitFor(() => expect(router.url).toBe('/wallet/topups/t-9/demo-pay'));
    expect(leave).not.toHaveBeenCalled();
    expect(TestBed.inject(TopupReturnStore).read('t-9')).toEqual({
      path: '/experts/e-laura',
      label: 'Laura Martín',
    });
  });

  it('leaves for the provider’s page with a new key when the attempt changed', async () => {
    await open();
    await submit();
    const first = createRequest();
    const key = first.request.headers.get('Idempotency-Key');
    flushProblem(first, 500);
    await stable();

    type('add-funds-amount', '50');
    await submit();
    const second = createRequest();
    expect(second.request.body).toEqual({ provider: 'STRIPE', amount: 5000, currency: 'EUR' });
    expect(second.request.headers.get('Idempotency-Key')).not.toBe(key);
    second.flush(
      testTopup({ provider: 'STRIPE', redirectUrl: 'https://checkout.stripe.test/cs_1' }),
    );
    await stable();
    expect(leave).toHaveBeenCalledWith('https://checkout.stripe.test/cs_1');
    expect(TestBed.inject(TopupReturnStore).read('t-1')).toBeNull();
  });

  it('shows the server’s field errors next to their fields', async () => {
    await open();
    await submit();
    flushProblem(createRequest(), 400, {
      detail: 'Invalid input.',
      errors: [
        { field: 'amount', message: 'must be at least 500' },
        { field: 'currency', message: 'not offered by STRIPE' },
      ],
    });
    await stable();
    expect(text('add-funds-error')).toBe('Invalid input.');
    expect(text('field-error-amount')).toBe('must be at least 500');
    expect(text('field-error-currency')).toBe('not offered by STRIPE');
    type('add-funds-amount', '30');
    await stable();
    expect(q('field-error-amount')).toBeNull();
  });

  it('explains that no provider is configured, and asks an administrator for credit', async () => {
    await open('/wallet/add-funds', []);
    expect(text('add-funds-unavailable')).toContain('Ask an administrator to credit your wallet.');
    expect(q('add-funds-form')).toBeNull();

    await router.navigateByUrl('/elsewhere');
    await open('/wallet/add-funds?currency=USD');
    expect(text('add-funds-unavailable')).toContain('No payment method takes USD');
  });

  it('says when the providers could not be loaded, and retries', async () => {
    await router.navigateByUrl('/wallet/add-funds');
    await stable();
    flushProblem(providersRequest(), 503, { detail: 'Payments are down.' });
    await stable();
    expect(text('add-funds-load-error')).toContain('Payments are down.');
    q<HTMLButtonElement>('add-funds-retry')!.click();
    await stable();
    providersRequest().flush({ items: testProviders(['DEMO']) });
    await stable();
    expect(q<HTMLInputElement>('add-funds-provider-demo')!.checked).toBe(true);
  });
});
