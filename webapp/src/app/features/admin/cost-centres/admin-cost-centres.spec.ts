import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { COST_CENTRES_API } from '../../../core/cost-centres/cost-centre.model';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem, testUser } from '../../../testing/auth-fixtures';
import { testCostCentre } from '../../../testing/cost-centre-fixtures';
import { ADMIN_USERS_URL } from '../users/admin-users.service';
import { provideAdminTranslations } from '../admin-translations';
import AdminCostCentres from './admin-cost-centres';

describe('Admin cost centres', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'admin/cost-centres', component: AdminCostCentres },
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
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="cc-row"]'));
  const click = async (id: string, within?: ParentNode) => {
    q<HTMLButtonElement>(id, within)!.click();
    await stable();
  };
  const create = (): TestRequest =>
    backend.expectOne({ method: 'POST', url: COST_CENTRES_API.admin });

  async function open(centres = [testCostCentre()]): Promise<void> {
    await harness.navigateByUrl('/admin/cost-centres');
    expect(q('admin-cost-centres-loading')).not.toBeNull();
    backend.expectOne({ method: 'GET', url: COST_CENTRES_API.admin }).flush(centres);
    await stable();
  }

  it("lists the centres with this month's figures", async () => {
    await open([
      testCostCentre(),
      testCostCentre({ code: 'OPS', name: 'Ops', active: false, perSessionLimit: null }),
    ]);
    expect(rows().map((r) => r.dataset['code'])).toEqual(['MKT', 'OPS']);
    const mkt = rows()[0];
    expect(mkt.textContent).toContain('Marketing');
    expect(mkt.textContent).toContain('€1,500.00');
    expect(mkt.textContent).toContain('€300.00');
    expect(text('cc-left', mkt)).toBe('€1,200.00');
    expect(text('cc-status', mkt)).toBe('Active');
    expect(q('cc-open', mkt)?.getAttribute('href')).toBe('/admin/cost-centres/MKT');
    expect(text('cc-status', rows()[1])).toBe('Inactive');
    expect(rows()[1].textContent).toContain('No limit');
  });

  it('says when there are none yet', async () => {
    await open([]);
    expect(text('admin-cost-centres-empty')).toContain('There are no cost centres yet.');
  });

  it('creates a centre: checks the form, converts money exactly, adds approvers', async () => {
    await open([]);
    await click('cc-new');
    expect(q('cc-new')).toBeNull();
    await click('cc-save');
    backend.expectNone(COST_CENTRES_API.admin);
    expect(text('field-error-code')).toBe('This field is required.');
    expect(text('field-error-monthlyBudget')).toBe('This field is required.');

    type('cc-code', 'x');
    type('cc-budget', '15,5.0');
    await stable();
    expect(q<HTMLInputElement>('cc-code')!.value).toBe('X');
    expect(text('field-error-code')).toBe(
      'Use 2 to 32 characters: capital letters, digits, “-” and “_”.',
    );
    expect(text('field-error-monthlyBudget')).toBe('Enter an amount like 1500 or 1500.00.');

    type('cc-code', 'mkt-2');
    type('cc-name', '  Marketing  ');
    type('cc-budget', '1500.00');
    type('cc-limit', '50,5');
    await stable();

    // Approvers: search, add, and the one added cannot be added twice.
    type('approver-search', 'bea');
    await click('approver-search-submit');
    const search = backend.expectOne((r) => r.url === ADMIN_USERS_URL);
    expect(search.request.params.get('q')).toBe('bea');
    search.flush({
      items: [testUser({ id: 'u-boss', displayName: 'Bea Boss', email: 'bea@example.com' })],
      total: 1,
      page: 0,
      size: 20,
    });
    await stable();
    await click('approver-add');
    expect(text('cc-approvers')).toContain('Bea Boss');
    expect(q<HTMLButtonElement>('approver-add')!.disabled).toBe(true);

    await click('cc-save');
    const req = create();
    expect(req.request.body).toEqual({
      code: 'MKT-2',
      name: 'Marketing',
      currency: 'EUR',
      monthlyBudget: 150000,
      perSessionLimit: 5050,
      approverIds: ['u-boss'],
      active: true,
    });
    req.flush(testCostCentre({ code: 'MKT-2', spentThisMonth: 0, balance: 150000 }), {
      status: 201,
      statusText: 'Created',
    });
    await stable();
    expect(q('cc-create')).toBeNull();
    expect(text('cc-created')).toBe('Cost centre Marketing (MKT-2) created.');
    expect(rows().map((r) => r.dataset['code'])).toEqual(['MKT-2']);
  });

  it("shows the server's field errors next to their fields", async () => {
    await open();
    await click('cc-new');
    type('cc-code', 'MKT');
    type('cc-name', 'Marketing again');
    type('cc-budget', '10');
    await click('cc-save');
    const req = create();
    expect(req.request.body.perSessionLimit).toBeNull();
    expect(req.request.body.approverIds).toEqual([]);
    flushProblem(req, 400, {
      detail: 'The cost centre is not valid.',
      errors: [
        { field: 'code', message: 'is already taken' },
        { field: 'approverIds', message: 'must name existing users' },
      ],
    });
    await stable();
    expect(text('cc-form-error')).toBe('The cost centre is not valid.');
    expect(text('field-error-code')).toBe('is already taken');
    expect(text('field-error-approverIds')).toBe('must name existing users');
    expect(q('cc-code')?.getAttribute('aria-invalid')).toBe('true');

    type('cc-code', 'MKT2');
    await stable();
    expect(q('field-error-code')).toBeNull();
    await click('cc-cancel');
    expect(q('cc-create')).toBeNull();
  });

  it('asks for whole amounts in currencies without decimals', async () => {
    await open();
    await click('cc-new');
    type('cc-budget', '100.50');
    await stable();
    expect(q('field-error-monthlyBudget')).toBeNull();
    // Another currency checks the amount typed at once.
    const currency = q<HTMLSelectElement>('cc-currency')!;
    currency.value = 'CLP';
    currency.dispatchEvent(new Event('change'));
    await stable();
    expect(text('field-error-monthlyBudget')).toBe(
      'Enter a whole amount (this currency has no decimals).',
    );
    type('cc-budget', '0');
    q('cc-budget')!.dispatchEvent(new Event('blur'));
    await stable();
    expect(text('field-error-monthlyBudget')).toBe('The amount must be greater than zero.');
  });
});
