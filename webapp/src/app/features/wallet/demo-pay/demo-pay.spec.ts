import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { PAYMENTS_API } from '../../../core/payments/payments.model';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testTopup } from '../../../testing/payment-fixtures';
import DemoPay from './demo-pay';

describe('DEMO payment page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'wallet/topups/:id/demo-pay', component: DemoPay },
        { path: '**', component: Elsewhere },
      ],
      lang: 'en',
    });
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const url = () => TestBed.inject(Router).url;
  const read = () => backend.expectOne(PAYMENTS_API.topup('t-1'));

  async function open() {
    await harness.navigateByUrl('/wallet/topups/t-1/demo-pay');
    expect(q('demo-pay-loading')).not.toBeNull();
  }

  it('is clearly a demo, shows the amount, and pays through the demo endpoint', async () => {
    await open();
    read().flush(testTopup());
    await stable();
    expect(text('demo-pay-banner')).toBe('Demo payment — no real money');
    expect(text('demo-pay-amount')).toBe('€20.00');
    expect(text('demo-pay-pay')).toBe('Pay €20.00');

    q<HTMLButtonElement>('demo-pay-pay')!.click();
    await stable();
    expect(q<HTMLButtonElement>('demo-pay-pay')!.disabled).toBe(true);
    expect(q<HTMLButtonElement>('demo-pay-cancel')!.disabled).toBe(true);
    backend
      .expectOne({ method: 'POST', url: `${PAYMENTS_API.demo('t-1')}/pay` })
      .flush(testTopup());
    await vi.waitFor(() => expect(url()).toBe('/wallet/topups/t-1/return?result=success'));
  });

  it('cancels through the demo endpoint and returns as cancelled', async () => {
    await open();
    read().flush(testTopup());
    await stable();
    q<HTMLButtonElement>('demo-pay-cancel')!.click();
    backend
      .expectOne({ method: 'POST', url: `${PAYMENTS_API.demo('t-1')}/cancel` })
      .flush(testTopup({ status: 'EXPIRED' }));
    await vi.waitFor(() => expect(url()).toBe('/wallet/topups/t-1/return?result=cancel'));
  });

  it('shows a refused action and lets the client try again', async () => {
    await open();
    read().flush(testTopup());
    await stable();
    q<HTMLButtonElement>('demo-pay-pay')!.click();
    flushProblem(backend.expectOne(`${PAYMENTS_API.demo('t-1')}/pay`), 409, {
      detail: 'This top-up is over.',
    });
    await stable();
    expect(text('demo-pay-error')).toBe('This top-up is over.');
    expect(q<HTMLButtonElement>('demo-pay-pay')!.disabled).toBe(false);
    expect(url()).toBe('/wallet/topups/t-1/demo-pay');
  });

  it('offers the result instead of the buttons once the payment is over', async () => {
    await open();
    read().flush(testTopup({ status: 'SUCCEEDED' }));
    await stable();
    expect(q('demo-pay-pay')).toBeNull();
    expect(text('demo-pay-done')).toContain('Paid');
    expect(q('demo-pay-return')?.getAttribute('href')).toBe(
      '/wallet/topups/t-1/return?result=success',
    );
  });

  it('shows not found, and other errors with a retry', async () => {
    await open();
    flushProblem(read(), 404);
    await stable();
    expect(q('demo-pay-not-found')).not.toBeNull();

    await harness.navigateByUrl('/elsewhere');
    await open();
    flushProblem(read(), 500);
    await stable();
    expect(text('demo-pay-load-error')).toContain('Could not load the payment');
    q<HTMLButtonElement>('demo-pay-retry')!.click();
    await stable();
    read().flush(testTopup());
    await stable();
    expect(q('demo-pay-pay')).not.toBeNull();
  });
});
