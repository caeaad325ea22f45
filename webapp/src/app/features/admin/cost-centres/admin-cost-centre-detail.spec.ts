import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { COST_CENTRES_API, CostCentreMember } from '../../../core/cost-centres/cost-centre.model';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem, testUser } from '../../../testing/auth-fixtures';
import { testCostCentre, testReport } from '../../../testing/cost-centre-fixtures';
import { ADMIN_USERS_URL } from '../users/admin-users.service';
import { provideAdminTranslations } from '../admin-translations';
import AdminCostCentreDetail from './admin-cost-centre-detail';

const carla: CostCentreMember = {
  userId: 'u-carla',
  name: 'Carla Client',
  email: 'carla@example.com',
  source: 'ADMIN',
};
const sso: CostCentreMember = {
  userId: 'u-sso',
  name: 'Sam Sso',
  email: 'sam@example.com',
  source: 'SSO',
};

describe('Admin cost centre page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    backend = setUpAppTest({
      routes: [
        { path: 'admin/cost-centres/:code', component: AdminCostCentreDetail },
        { path: '**', component: Elsewhere },
      ],
      providers: [provideAdminTranslations()],
      lang: 'en',
    });
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    endAppTest(backend);
    vi.restoreAllMocks();
  });

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const click = async (id: string, within?: ParentNode) => {
    q<HTMLButtonElement>(id, within)!.click();
    await stable();
  };
  const members = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="cc-member"]'));
  const membersRequest = (method = 'GET'): TestRequest =>
    backend.expectOne({ method, url: COST_CENTRES_API.members('MKT') });

  async function open(): Promise<void> {
    await harness.navigateByUrl('/admin/cost-centres/MKT');
    expect(q('cc-loading')).not.toBeNull();
    backend
      .expectOne({ method: 'GET', url: COST_CENTRES_API.centre('MKT') })
      .flush(testCostCentre({ month: '2026-02' }));
    await stable();
    membersRequest().flush({ code: 'MKT', members: [carla, sso] });
    const report = backend.expectOne((r) => r.url === COST_CENTRES_API.report('MKT'));
    // The report starts at the centre's budget month.
    expect(report.request.params.get('month')).toBe('2026-02');
    report.flush(testReport({ month: '2026-02' }));
    await stable();
  }

  it("shows the month's figures, the settings, the members and the report", async () => {
    await open();
    expect(text('admin-cost-centre')).toContain('Marketing MKT');
    expect(text('cc-balance')).toBe('€1,200.00');
    expect(text('cc-spent')).toBe('€300.00 of €1,500.00');
    expect(text('cc-member-count')).toBe('4');
    expect(q<HTMLInputElement>('cc-code')!.disabled).toBe(true);
    expect(q<HTMLInputElement>('cc-budget')!.value).toBe('1500.00');
    expect(q<HTMLInputElement>('cc-limit')!.value).toBe('50.00');
    expect(text('cc-approvers')).toContain('Bea Boss');
    expect(text('report-total')).toBe('€300.00');
    expect(q('report-person-row')).not.toBeNull();
  });

  it('saves the settings with PUT (the code stays)', async () => {
    await open();
    type('cc-limit', '');
    q<HTMLInputElement>('cc-active')!.click();
    await click('cc-approver-remove');
    expect(text('cc-approvers-none')).toBe('No approvers yet.');
    await click('cc-save');
    const req = backend.expectOne({ method: 'PUT', url: COST_CENTRES_API.centre('MKT') });
    expect(req.request.body).toEqual({
      code: 'MKT',
      name: 'Marketing',
      currency: 'EUR',
      monthlyBudget: 150000,
      perSessionLimit: null,
      approverIds: [],
      active: false,
    });
    req.flush(
      testCostCentre({
        month: '2026-02',
        active: false,
        perSessionLimit: null,
        approverIds: [],
        approvers: [],
      }),
    );
    await stable();
    expect(text('cc-saved')).toBe('Settings saved.');
    expect(text('cc-detail-status')).toBe('Inactive');
  });

  it('lists the members, those from sign-in read-only, and saves the assigned ones', async () => {
    await open();
    expect(members().map((m) => m.dataset['source'])).toEqual(['ADMIN', 'SSO']);
    expect(q('cc-member-remove', members()[1])).toBeNull();
    expect(text('cc-member-sso', members()[1])).toBe('From sign-in');
    expect(q<HTMLButtonElement>('cc-members-save')!.disabled).toBe(true);

    type('member-search', 'dan');
    await click('member-search-submit');
    const search = backend.expectOne((r) => r.url === ADMIN_USERS_URL);
    expect(search.request.params.get('role')).toBe('CLIENT');
    search.flush({
      items: [
        testUser({ id: 'u-sso', displayName: 'Sam Sso' }),
        testUser({ id: 'u-dan', displayName: 'Dan Doe', email: 'dan@example.com' }),
      ],
      total: 2,
      page: 0,
      size: 20,
    });
    await stable();
    const results = el().querySelectorAll<HTMLElement>('[data-testid="member-result"]');
    expect(q<HTMLButtonElement>('member-add', results[0])!.disabled).toBe(true);
    await click('member-add', results[1]);
    await click('cc-member-remove', members()[0]);
    expect(text('cc-members-unsaved')).toBe('Unsaved changes');

    await click('cc-members-save');
    const save = membersRequest('PUT');
    expect(save.request.body).toEqual({ userIds: ['u-dan'] });
    save.flush({
      code: 'MKT',
      members: [sso, { ...carla, userId: 'u-dan', name: 'Dan Doe', email: 'dan@example.com' }],
    });
    await stable();
    expect(text('cc-members-saved')).toBe('Members saved.');
    expect(members().map((m) => m.dataset['userId'])).toEqual(['u-sso', 'u-dan']);
    expect(text('cc-member-count')).toBe('2');
    expect(q<HTMLButtonElement>('cc-members-save')!.disabled).toBe(true);
  });

  it('shows a failed members save as the page shows problems', async () => {
    await open();
    await click('cc-member-remove');
    await click('cc-members-save');
    flushProblem(membersRequest('PUT'), 400, { detail: 'Unknown user u-x.' });
    await stable();
    expect(text('cc-members-error')).toBe('Unknown user u-x.');
  });

  it('says when there is no such centre', async () => {
    await harness.navigateByUrl('/admin/cost-centres/NOPE');
    flushProblem(backend.expectOne(COST_CENTRES_API.centre('NOPE')), 404);
    await stable();
    expect(text('cc-not-found')).toBe('There is no cost centre NOPE.');
    expect(q('cc-back')?.getAttribute('href')).toBe('/admin/cost-centres');
  });
});
