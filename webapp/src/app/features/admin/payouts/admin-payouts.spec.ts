import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
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
import { pageOfItems, testAdminPayout } from '../../../testing/payment-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminPayouts from './admin-payouts';

describe('Admin payout queue', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'admin/payouts', component: AdminPayouts },
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
  const rows = () =>
    Array.from(el().querySelectorAll<HTMLElement>('[data-testid="admin-payout-row"]'));
  const stable = () => harness.fixture.whenStable();
  const list = (): TestRequest => backend.expectOne((r) => r.url === PAYMENTS_API.adminPayouts);
  const decision = (id: string, action: string): TestRequest =>
    backend.expectOne({ method: 'POST', url: `${PAYMENTS_API.adminPayout(id)}/${action}` });
  const confirm = async () => {
    q<HTMLButtonElement>('confirm-dialog-confirm')!.click();
    await stable();
  };

  const manual = testAdminPayout();
  const paypal = testAdminPayout({ id: 'p-2', method: 'PAYPAL', expertName: 'Diego Morales' });

  async function open(url = '/admin/payouts', items = [manual, paypal]) {
    await harness.navigateByUrl(url);
    expect(q('admin-payouts-loading')).not.toBeNull();
    const req = list();
    req.flush(pageOfItems(items));
    await stable();
    return req;
  }

  it('shows the requested payouts by default, oldest first as the server sends them', async () => {
    const req = await open();
    expect(req.request.params.get('status')).toBe('REQUESTED');
    expect(q('admin-payouts-tab-requested')?.getAttribute('aria-current')).toBe('page');
    expect(rows().map((r) => r.dataset['id'])).toEqual(['p-1', 'p-2']);
    expect(rows()[0].textContent).toContain('Laura Martín');
    expect(rows()[0].textContent).toContain('Payroll (paid by the organisation)');
    expect(text('admin-payout-status', rows()[0])).toBe('Requested');
    expect(q('admin-payouts-tab-paid')?.getAttribute('href')).toBe('/admin/payouts?status=PAID');
  });

  it('approves a payroll payout only with its reference, then takes it off the queue', async () => {
    await open();
    q<HTMLButtonElement>('admin-payout-approve', rows()[0])!.click();
    await stable();
    expect(document.activeElement).toBe(q('admin-payout-reference'));
    await confirm();
    expect(text('field-error-reference')).toBe(
      'A payroll payout needs the reference it was paid with.',
    );
    backend.expectNone(`${PAYMENTS_API.adminPayout('p-1')}/approve`);

    type('admin-payout-reference', ' PAYROLL-2026-03 ');
    await confirm();
    const approve = decision('p-1', 'approve');
    expect(approve.request.body).toEqual({ reference: 'PAYROLL-2026-03' });
    flushProblem(approve, 409, { detail: 'This payout was already decided.' });
    await stable();
    expect(text('admin-payout-decision-error')).toBe('This payout was already decided.');

    await confirm();
    decision('p-1', 'approve').flush(testAdminPayout({ status: 'PAID' }));
    await stable();
    expect(q('confirm-dialog-confirm')).toBeNull();
    expect(rows().map((r) => r.dataset['id'])).toEqual(['p-2']);
    expect(text('admin-payouts-feedback')).toBe('Payout to Laura Martín approved.');
  });

  it('approves a PayPal payout without a reference', async () => {
    await open();
    q<HTMLButtonElement>('admin-payout-approve', rows()[1])!.click();
    await stable();
    await confirm();
    expect(decision('p-2', 'approve').request.body).toEqual({});
  });

  it('rejects with a required reason', async () => {
    await open();
    q<HTMLButtonElement>('admin-payout-reject', rows()[1])!.click();
    await stable();
    await confirm();
    expect(text('field-error-reason')).toBe('Give a reason.');
    const reason = q<HTMLTextAreaElement>('admin-payout-reject-reason')!;
    reason.value = 'Duplicate request';
    reason.dispatchEvent(new Event('input'));
    await confirm();
    const reject = decision('p-2', 'reject');
    expect(reject.request.body).toEqual({ reason: 'Duplicate request' });
    reject.flush(testAdminPayout({ id: 'p-2', status: 'REJECTED' }));
    await stable();
    expect(text('admin-payouts-feedback')).toContain('Payout to Diego Morales rejected');
    expect(rows().map((r) => r.dataset['id'])).toEqual(['p-1']);
  });

  it('shows other statuses without actions, an empty tab and errors', async () => {
    await open('/admin/payouts?status=PAID', [
      testAdminPayout({ status: 'PAID', reference: 'R-1' }),
    ]);
    expect(q('admin-payout-approve')).toBeNull();
    expect(rows()[0].textContent).toContain('R-1');

    q<HTMLAnchorElement>('admin-payouts-tab-failed')!.click();
    await stable();
    expect(TestBed.inject(Router).url).toBe('/admin/payouts?status=FAILED');
    list().flush(pageOfItems([]));
    await stable();
    expect(text('admin-payouts-empty')).toBe('No payouts in “Failed”.');

    await harness.navigateByUrl('/admin/payouts');
    flushProblem(list(), 500);
    await stable();
    expect(text('admin-payouts-error')).toContain('Could not load the payouts');
  });
});
