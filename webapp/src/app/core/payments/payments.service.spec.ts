import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import {
  pageOfItems,
  testAdminPayout,
  testAdminTopup,
  testPayout,
  testPayoutAccount,
  testProviders,
  testTopup,
} from '../../testing/payment-fixtures';
import { AdminPaymentsService } from './admin-payments.service';
import { PAYMENTS_API, PaymentProvider, Topup } from './payments.model';
import { PaymentsService } from './payments.service';
import { PayoutsService } from './payouts.service';

describe('payment services', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, { id: 'u-1', role: 'CLIENT' });
  });

  afterEach(() => endAppTest(backend));

  const one = (method: string, url: string) =>
    backend.expectOne((r) => r.method === method && r.url === url);

  describe('PaymentsService', () => {
    let api: PaymentsService;
    beforeEach(() => (api = TestBed.inject(PaymentsService)));

    it('lists the configured providers', () => {
      let providers: PaymentProvider[] | undefined;
      api.providers().subscribe((p) => (providers = p));
      one('GET', PAYMENTS_API.providers).flush({ items: testProviders(['DEMO']) });
      expect(providers?.map((p) => p.id)).toEqual(['DEMO']);
    });

    it('creates a top-up with its Idempotency-Key and the bearer token', () => {
      let topup: Topup | undefined;
      api
        .createTopup({ provider: 'STRIPE', amount: 2000, currency: 'EUR' }, 'key-1')
        .subscribe((t) => (topup = t));
      const req = one('POST', '/api/wallet/topups');
      expect(req.request.body).toEqual({ provider: 'STRIPE', amount: 2000, currency: 'EUR' });
      expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
      expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
      req.flush(testTopup(), { status: 201, statusText: 'Created' });
      expect(topup?.id).toBe('t-1');
    });

    it('pages the top-ups and follows one, escaping its id', () => {
      api.topups(2).subscribe();
      const list = one('GET', '/api/wallet/topups');
      expect(list.request.params.get('page')).toBe('2');
      expect(list.request.params.get('size')).toBe('20');
      list.flush(pageOfItems([testTopup()]));

      api.topup('t/1').subscribe();
      one('GET', '/api/wallet/topups/t%2F1').flush(testTopup());
    });

    it('captures, cancels, and pays or cancels on the DEMO page', () => {
      const calls: [() => void, string][] = [
        [() => api.capture('t-1').subscribe(), '/api/wallet/topups/t-1/capture'],
        [() => api.cancel('t-1').subscribe(), '/api/wallet/topups/t-1/cancel'],
        [() => api.demoPay('t-1').subscribe(), '/api/payments/demo/topups/t-1/pay'],
        [() => api.demoCancel('t-1').subscribe(), '/api/payments/demo/topups/t-1/cancel'],
      ];
      for (const [call, url] of calls) {
        call();
        one('POST', url).flush(testTopup());
      }
    });
  });

  describe('PayoutsService', () => {
    let api: PayoutsService;
    beforeEach(() => (api = TestBed.inject(PayoutsService)));

    it('reads the account, saves the PayPal e-mail and asks for an onboarding link', () => {
      api.account().subscribe();
      one('GET', '/api/payouts/account').flush(testPayoutAccount());

      api.savePaypalEmail('me@paypal.test').subscribe();
      const put = one('PUT', '/api/payouts/account');
      expect(put.request.body).toEqual({ paypalEmail: 'me@paypal.test' });
      put.flush(testPayoutAccount({ paypalEmail: 'me@paypal.test' }));

      let url = '';
      api.onboardingLink().subscribe((link) => (url = link.url));
      one('POST', '/api/payouts/account/onboarding').flush({ url: 'https://connect.test/x' });
      expect(url).toBe('https://connect.test/x');
    });

    it('requests a payout and pages the history', () => {
      api.request({ amount: 5000, currency: 'EUR', method: 'MANUAL' }).subscribe();
      const post = one('POST', '/api/payouts');
      expect(post.request.body).toEqual({ amount: 5000, currency: 'EUR', method: 'MANUAL' });
      post.flush(testPayout(), { status: 201, statusText: 'Created' });

      api.list(1).subscribe();
      const get = one('GET', '/api/payouts');
      expect(get.request.params.get('page')).toBe('1');
      get.flush(pageOfItems([testPayout()], { page: 1 }));
    });
  });

  describe('AdminPaymentsService', () => {
    let api: AdminPaymentsService;
    beforeEach(() => (api = TestBed.inject(AdminPaymentsService)));

    it('filters the top-ups with only the filters that are set', () => {
      api.topups({ status: 'SUCCEEDED', provider: '', flagged: 'true', page: 3 }).subscribe();
      const req = one('GET', '/api/admin/topups');
      expect(req.request.params.keys().sort()).toEqual(['flagged', 'page', 'size', 'status']);
      expect(req.request.params.get('flagged')).toBe('true');
      expect(req.request.params.get('page')).toBe('3');
      req.flush(pageOfItems([testAdminTopup()]));
    });

    it('reads a top-up, refunds it (with a key when given) and resolves its flag', () => {
      api.topup('t-1').subscribe();
      one('GET', '/api/admin/topups/t-1').flush(testAdminTopup({ refunds: [], events: [] }));

      api.refund('t-1', { amount: 500, reason: 'Asked by the client' }, 'key-9').subscribe();
      const refund = one('POST', '/api/admin/topups/t-1/refund');
      expect(refund.request.body).toEqual({ amount: 500, reason: 'Asked by the client' });
      expect(refund.request.headers.get('Idempotency-Key')).toBe('key-9');
      refund.flush({ id: 'r-1' }, { status: 201, statusText: 'Created' });

      api.refund('t-1', { amount: 500, reason: 'x' }).subscribe();
      const keyless = one('POST', '/api/admin/topups/t-1/refund');
      expect(keyless.request.headers.has('Idempotency-Key')).toBe(false);
      keyless.flush({ id: 'r-2' });

      api.resolve('t-1', 'Checked at Stripe').subscribe();
      const resolve = one('POST', '/api/admin/topups/t-1/resolve');
      expect(resolve.request.body).toEqual({ note: 'Checked at Stripe' });
      resolve.flush(testAdminTopup());
    });

    it('lists the payout queue and approves or rejects a payout', () => {
      api.payouts('REQUESTED', 0).subscribe();
      const list = one('GET', '/api/admin/payouts');
      expect(list.request.params.get('status')).toBe('REQUESTED');
      list.flush(pageOfItems([testAdminPayout()]));

      api.payouts('', 0).subscribe();
      expect(one('GET', '/api/admin/payouts').request.params.has('status')).toBe(false);

      api.approve('p-1', 'PAYROLL-2026-03').subscribe();
      const approve = one('POST', '/api/admin/payouts/p-1/approve');
      expect(approve.request.body).toEqual({ reference: 'PAYROLL-2026-03' });
      approve.flush(testAdminPayout({ status: 'PAID' }));

      api.approve('p-2').subscribe();
      expect(one('POST', '/api/admin/payouts/p-2/approve').request.body).toEqual({});

      api.reject('p-3', 'Duplicate request').subscribe();
      const reject = one('POST', '/api/admin/payouts/p-3/reject');
      expect(reject.request.body).toEqual({ reason: 'Duplicate request' });
      reject.flush(testAdminPayout({ status: 'REJECTED' }));
    });
  });
});
