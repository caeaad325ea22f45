import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
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
import { testAdminTopup } from '../../../testing/payment-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminTopupDetail from './admin-topup-detail';

describe('Admin top-up detail', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'admin/topups/:id', component: AdminTopupDetail },
        { path: '**', component: Elsewhere },
      ],
      providers: [provideAdminTranslations()],
      lang: 'en',
    });
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const read = (): TestRequest =>
    backend.expectOne((r) => r.method === 'GET' && r.url === PAYMENTS_API.adminTopup('t-1'));
  const refundRequest = (): TestRequest =>
    backend.expectOne({ method: 'POST', url: `${PAYMENTS_API.adminTopup('t-1')}/refund` });
  const submitRefund = async () => {
    q<HTMLFormElement>('refund-form')!.dispatchEvent(new Event('submit'));
    await stable();
  };

  const detail = testAdminTopup({
    status: 'PARTIALLY_REFUNDED',
    refunded: 500,
    refundable: 1500,
    refunds: [
      {
        id: 'r-1',
        topupId: 't-1',
        amount: 500,
        currency: 'EUR',
        reason: 'Session cut short',
        status: 'SUCCEEDED',
        failureReason: null,
        createdAt: '2026-03-02T10:00:00Z',
        updatedAt: '2026-03-02T10:01:00Z',
      },
    ],
    events: [
      {
        eventId: 'evt_1',
        provider: 'STRIPE',
        type: 'checkout.session.completed',
        receivedAt: '2026-03-01T10:00:05Z',
        outcome: 'credited',
      },
    ],
  });

  async function open(topup = detail) {
    await harness.navigateByUrl('/admin/topups/t-1');
    expect(q('admin-topup-loading')).not.toBeNull();
    read().flush(topup);
    await stable();
  }

  it('shows the top-up, its refunds and events', async () => {
    await open();
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Top-up of €20.00');
    expect(text('admin-topup-status')).toBe('Partly refunded');
    expect(text('admin-topup-user')).toBe('Carla Client carla@example.com');
    expect(text('admin-topup-refunded')).toBe('€5.00');
    expect(text('admin-topup-refundable')).toBe('€15.00');
    expect(text('admin-refund-row')).toContain('Session cut short');
    expect(text('admin-event-row')).toContain('checkout.session.completed');
    expect(q('admin-topup-flag')).toBeNull();
  });

  it('refunds at most what is refundable, with a reason and one key per refund', async () => {
    await open();
    type('refund-amount', '16');
    await submitRefund();
    expect(text('field-error-amount')).toBe('That is more than can still be refunded.');
    expect(text('field-error-reason')).toBe('This field is required.');

    type('refund-amount', '15');
    type('refund-reason', '  Asked by the client  ');
    await submitRefund();
    const first = refundRequest();
    expect(first.request.body).toEqual({ amount: 1500, reason: 'Asked by the client' });
    const key = first.request.headers.get('Idempotency-Key');
    flushProblem(first, 409, { detail: 'Only €3.00 is still unspent in that wallet.' });
    await stable();
    expect(text('refund-error')).toBe('Only €3.00 is still unspent in that wallet.');

    await submitRefund();
    const retry = refundRequest();
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush(
      { id: 'r-2', amount: 1500, currency: 'EUR' },
      { status: 201, statusText: 'Created' },
    );
    await stable();
    expect(text('admin-topup-feedback')).toContain('Refund of €15.00 asked for.');
    read().flush({ ...detail, status: 'REFUNDED', refundable: 0 });
    await stable();
    expect(q('refund-form')).toBeNull();
  });

  for (const [status, said, tone] of [
    ['SUCCEEDED', 'Refund of €2.00 done.', 'alert--success'],
    ['FAILED', 'The provider refused the refund of €2.00', 'alert--danger'],
  ] as const) {
    it(`says what became of a refund the provider answered ${status} at once`, async () => {
      await open();
      type('refund-amount', '2');
      type('refund-reason', 'Goodwill');
      await submitRefund();
      refundRequest().flush(
        { id: 'r-9', amount: 200, currency: 'EUR', status },
        { status: 201, statusText: 'Created' },
      );
      await stable();
      expect(text('admin-topup-feedback')).toContain(said);
      expect(q('admin-topup-feedback')!.className).toContain(tone);
      read().flush(detail);
    });
  }

  it('resolves a flag with a note, after a confirmation', async () => {
    await open(
      testAdminTopup({ flag: 'Paid 10.00 EUR, expected 20.00 EUR', refunds: [], events: [] }),
    );
    expect(text('admin-topup-flag-text')).toBe('Paid 10.00 EUR, expected 20.00 EUR');
    expect(text('admin-refunds-empty')).toBe('No refunds.');
    q<HTMLButtonElement>('admin-topup-resolve')!.click();
    await stable();
    q<HTMLButtonElement>('confirm-dialog-confirm')!.click();
    await stable();
    expect(text('field-error-reason')).toBe('Write how it was handled.');

    const note = q<HTMLTextAreaElement>('admin-topup-resolve-note')!;
    note.value = 'Refunded the difference at Stripe';
    note.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('confirm-dialog-confirm')!.click();
    const resolve = backend.expectOne({
      method: 'POST',
      url: `${PAYMENTS_API.adminTopup('t-1')}/resolve`,
    });
    expect(resolve.request.body).toEqual({ note: 'Refunded the difference at Stripe' });
    resolve.flush(testAdminTopup({ flag: null }));
    await stable();
    expect(q('admin-topup-flag')).toBeNull();
    expect(q('confirm-dialog-confirm')).toBeNull();
    expect(text('admin-topup-feedback')).toBe('Flag resolved.');
    expect(text('admin-refunds-empty')).toBe('No refunds.'); // kept from before
  });

  it('shows not found, and other errors with a retry', async () => {
    await harness.navigateByUrl('/admin/topups/t-1');
    flushProblem(read(), 404);
    await stable();
    expect(q('admin-topup-not-found')).not.toBeNull();

    await harness.navigateByUrl('/elsewhere');
    await harness.navigateByUrl('/admin/topups/t-1');
    flushProblem(read(), 500);
    await stable();
    q<HTMLButtonElement>('admin-topup-retry')!.click();
    await stable();
    read().flush(detail);
    await stable();
    expect(q('admin-topup-status')).not.toBeNull();
  });
});
