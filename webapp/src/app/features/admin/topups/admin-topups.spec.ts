import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, convertToParamMap } from '@angular/router';
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
import { pageOfItems, testAdminTopup } from '../../../testing/payment-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminTopups from './admin-topups';
import { ADMIN_TOPUPS_QUERY } from './admin-topups-query';

describe('Admin top-ups page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'admin/topups', component: AdminTopups },
        { path: '**', component: Elsewhere },
      ],
      providers: [provideAdminTranslations()],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const rows = () =>
    Array.from(el().querySelectorAll<HTMLElement>('[data-testid="admin-topup-row"]'));
  const stable = () => harness.fixture.whenStable();
  const list = (): TestRequest => backend.expectOne((r) => r.url === PAYMENTS_API.adminTopups);
  const pick = async (id: string, value: string) => {
    const select = q<HTMLSelectElement>(id)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await stable();
  };

  it('lists the top-ups, the flagged ones highlighted, each opening its detail', async () => {
    await harness.navigateByUrl('/admin/topups');
    expect(q('admin-topups-loading')).not.toBeNull();
    list().flush(
      pageOfItems([
        testAdminTopup({ id: 't-1', flag: 'Paid 10.00 EUR, expected 20.00 EUR' }),
        testAdminTopup({ id: 't-2', provider: 'PAYPAL', status: 'PENDING' }),
      ]),
    );
    await stable();
    const [flagged, plain] = rows();
    expect(flagged.dataset['flagged']).toBe('true');
    expect(flagged.classList).toContain('is-flagged');
    expect(text('admin-topup-flag', flagged)).toBe('Flagged');
    expect(q('admin-topup-flag', plain)).toBeNull();
    expect(text('admin-topup-status', plain)).toBe('Pending');
    expect(flagged.textContent).toContain('Carla Client');
    expect(flagged.textContent).toContain('carla@example.com');
    expect(flagged.textContent).toContain('€20.00');
    expect(q('admin-topup-open', plain)?.getAttribute('href')).toBe('/admin/topups/t-2');
    expect(text('admin-topups-summary')).toBe('1–2 of 2 top-ups');
  });

  it('keeps the filters in the URL and sends them', async () => {
    await harness.navigateByUrl('/admin/topups?status=SUCCEEDED&flagged=true&page=1');
    const first = list();
    expect(first.request.params.get('status')).toBe('SUCCEEDED');
    expect(first.request.params.get('flagged')).toBe('true');
    expect(first.request.params.has('provider')).toBe(false);
    first.flush(pageOfItems([], { page: 1 }));
    await stable();
    expect(q<HTMLSelectElement>('admin-topups-flagged')!.value).toBe('true');

    await pick('admin-topups-provider', 'STRIPE');
    expect(router.url).toBe('/admin/topups?status=SUCCEEDED&provider=STRIPE&flagged=true');
    list().flush(pageOfItems([]));
    await stable();
    expect(text('admin-topups-empty')).toContain('No top-ups match these filters.');

    q<HTMLButtonElement>('admin-topups-clear')!.click();
    await stable();
    expect(router.url).toBe('/admin/topups');
    list().flush(pageOfItems([testAdminTopup()]));
  });

  it('shows an error with a retry', async () => {
    await harness.navigateByUrl('/admin/topups');
    flushProblem(list(), 503, { detail: 'Database down.' });
    await stable();
    expect(text('admin-topups-error')).toContain('Database down.');
    q<HTMLButtonElement>('admin-topups-retry')!.click();
    await stable();
    list().flush(pageOfItems([testAdminTopup()]));
    await stable();
    expect(rows()).toHaveLength(1);
  });

  it('drops malformed filters from the URL', () => {
    expect(
      ADMIN_TOPUPS_QUERY.parse(
        convertToParamMap({ status: 'paid', provider: 'VISA', flagged: 'yes', page: '-1' }),
      ),
    ).toEqual({ status: '', provider: '', flagged: '', page: 0 });
  });
});
