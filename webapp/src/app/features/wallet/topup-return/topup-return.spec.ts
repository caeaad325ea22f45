import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { PAYMENTS_API, Topup } from '../../../core/payments/payments.model';
import { TopupReturnStore } from '../../../core/payments/topup-return';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testTopup } from '../../../testing/payment-fixtures';
import TopupReturn from './topup-return';
import { TOPUP_POLL } from './topup-watch';

describe('Top-up return page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    sessionStorage.clear();
    backend = setUpAppTest({
      routes: [
        { path: 'wallet/topups/:id/return', component: TopupReturn },
        { path: '**', component: Elsewhere },
      ],
      // Three reads 1.5 s apart, then "still processing".
      providers: [{ provide: TOPUP_POLL, useValue: { intervalMs: 1500, timeoutMs: 4500 } }],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
    // RxJS schedules its timers with setInterval: only those are faked, Angular's own are real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });

  afterEach(() => {
    vi.useRealTimers();
    endAppTest(backend);
    sessionStorage.clear();
  });

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const read = (id = 't-1'): TestRequest =>
    backend.expectOne((r) => r.method === 'GET' && r.url === PAYMENTS_API.topup(id));
  const post = (action: string, id = 't-1'): TestRequest =>
    backend.expectOne(
      (r) => r.method === 'POST' && r.url === `${PAYMENTS_API.topup(id)}/${action}`,
    );
  /** Lets one polling interval pass. */
  const tick = async () => {
    vi.advanceTimersByTime(1500);
    await stable();
  };
  const answer = async (req: TestRequest, topup: Topup) => {
    req.flush(topup);
    await stable();
  };

  async function open(result: 'success' | 'cancel', id = 't-1') {
    await harness.navigateByUrl(`/wallet/topups/${id}/return?result=${result}`);
    expect(q('topup-return-loading')).not.toBeNull();
  }

  it('waits for the confirmation, then says what was added and leads back to the expert', async () => {
    TestBed.inject(TopupReturnStore).keep('t-1', {
      path: '/experts/e-laura',
      label: 'Laura Martín',
    });
    await open('success');
    await answer(read(), testTopup());
    expect(text('topup-return-checking')).toContain('Waiting for the confirmation of €20.00');
    expect(q('topup-return')?.dataset['view']).toBe('checking');

    backend.expectNone(PAYMENTS_API.topup('t-1'));
    await tick();
    await answer(read(), testTopup());
    await tick();
    await answer(read(), testTopup({ status: 'SUCCEEDED' }));

    expect(text('topup-return-succeeded')).toContain('€20.00 added');
    expect(q('topup-return')?.dataset['status']).toBe('SUCCEEDED');
    expect(text('topup-return-back')).toBe('Back to Laura Martín');
    await tick();
    backend.expectNone(PAYMENTS_API.topup('t-1')); // polling stopped

    q<HTMLButtonElement>('topup-return-back')!.click();
    await vi.waitFor(() => expect(router.url).toBe('/experts/e-laura'));
    expect(TestBed.inject(TopupReturnStore).read('t-1')).toBeNull();
  });

  it('captures a PayPal order still pending once, then polls', async () => {
    await open('success');
    await answer(read(), testTopup({ provider: 'PAYPAL' }));
    await answer(post('capture'), testTopup({ provider: 'PAYPAL' }));
    expect(q('topup-return-checking')).not.toBeNull();
    await tick();
    await answer(read(), testTopup({ provider: 'PAYPAL', status: 'SUCCEEDED' }));
    expect(q('topup-return-succeeded')).not.toBeNull();
    // Nothing kept for this top-up: the wallet is the way on.
    expect(q('topup-return-back')).toBeNull();
    expect(q('topup-return-wallet')?.getAttribute('href')).toBe('/wallet');
  });

  it('says it is still processing once the wait is over, and checks again on refresh', async () => {
    await open('success');
    await answer(read(), testTopup({ provider: 'PAYPAL', status: 'PENDING' }));
    await answer(post('capture'), testTopup({ provider: 'PAYPAL' }));
    for (let i = 0; i < 3; i++) {
      await tick();
      await answer(read(), testTopup({ provider: 'PAYPAL' }));
    }
    expect(text('topup-return-processing')).toContain(
      "We'll credit it as soon as the provider confirms",
    );
    await tick();
    backend.expectNone(PAYMENTS_API.topup('t-1'));

    q<HTMLButtonElement>('topup-return-refresh')!.click();
    await stable();
    await answer(read(), testTopup({ provider: 'PAYPAL', status: 'SUCCEEDED' }));
    backend.expectNone((r) => r.url.endsWith('/capture')); // a refresh only reads
    expect(q('topup-return-succeeded')).not.toBeNull();
  });

  it('cancelled: tells nothing was charged and offers to try again the same way', async () => {
    TestBed.inject(TopupReturnStore).keep('t-1', { path: '/experts/e-laura', label: 'Laura' });
    await open('cancel');
    await answer(post('cancel'), testTopup({ status: 'EXPIRED' }));
    expect(text('topup-return-cancelled')).toContain('Nothing was charged.');
    const again = q<HTMLAnchorElement>('topup-return-try-again')!;
    expect(again.getAttribute('href')).toBe(
      '/wallet/add-funds?amount=2000&currency=EUR&returnTo=%2Fexperts%2Fe-laura',
    );
    again.click();
    await vi.waitFor(() => expect(router.url).toContain('/wallet/add-funds'));
    expect(router.lastSuccessfulNavigation()?.extras.state).toEqual({ returnLabel: 'Laura' });
  });

  it('a cancel that comes after the payment shows it paid', async () => {
    await open('cancel');
    await answer(post('cancel'), testTopup({ status: 'SUCCEEDED' }));
    expect(q('topup-return-succeeded')).not.toBeNull();
  });

  it('shows failed and expired payments clearly', async () => {
    await open('success');
    await answer(read(), testTopup({ status: 'FAILED' }));
    expect(text('topup-return-failed')).toContain('The payment failed');
    expect(q('topup-return-failed')?.getAttribute('role')).toBe('alert');
    expect(q('topup-return-try-again')).not.toBeNull();

    await open('success', 't-2');
    await answer(read('t-2'), testTopup({ id: 't-2', status: 'EXPIRED' }));
    expect(text('topup-return-expired')).toContain('The payment expired');
  });

  it('says when the top-up is not found, and shows other errors with a retry', async () => {
    await open('success');
    flushProblem(read(), 404);
    await stable();
    expect(q('topup-return-not-found')).not.toBeNull();

    await open('success', 't-2');
    flushProblem(read('t-2'), 503, { detail: 'Payments are down.' });
    await stable();
    expect(text('topup-return-error')).toContain('Payments are down.');
    q<HTMLButtonElement>('topup-return-retry')!.click();
    await stable();
    await answer(read('t-2'), testTopup({ id: 't-2', status: 'SUCCEEDED' }));
    expect(q('topup-return-succeeded')).not.toBeNull();
  });
});
