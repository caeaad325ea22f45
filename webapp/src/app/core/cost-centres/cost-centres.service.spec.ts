import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import {
  testApproval,
  testCostCentre,
  testMyCentre,
  testReport,
} from '../../testing/cost-centre-fixtures';
import { AdminCostCentresService } from './admin-cost-centres.service';
import { COST_CENTRES_API, CostCentreBody } from './cost-centre.model';
import { CostCentresService } from './cost-centres.service';

describe('CostCentresService', () => {
  let backend: HttpTestingController;
  let api: CostCentresService;

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, { id: 'u-boss', role: 'CLIENT' });
    api = TestBed.inject(CostCentresService);
  });

  afterEach(() => endAppTest(backend));

  it("reads the user's centres with the bearer token", () => {
    let codes: string[] = [];
    api.mine().subscribe((list) => (codes = list.map((c) => c.code)));
    const req = backend.expectOne(COST_CENTRES_API.mine);
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush([testMyCentre()]);
    expect(codes).toEqual(['MKT']);
  });

  it('lists approvals, by state when asked', () => {
    api.approvals().subscribe();
    const all = backend.expectOne((r) => r.url === COST_CENTRES_API.approvals);
    expect(all.request.params.has('state')).toBe(false);
    all.flush([]);

    api.approvals('EXPIRED').subscribe();
    const expired = backend.expectOne((r) => r.url === COST_CENTRES_API.approvals);
    expect(expired.request.params.get('state')).toBe('EXPIRED');
    expired.flush([testApproval({ state: 'EXPIRED' })]);
  });

  it('reads, approves and rejects one approval with a note', () => {
    api.approval('MKT', 'ap-1').subscribe();
    backend.expectOne('/api/cost-centres/MKT/approvals/ap-1').flush(testApproval());

    api.approve('MKT', 'ap-1', 'Go ahead').subscribe();
    const approve = backend.expectOne('/api/cost-centres/MKT/approvals/ap-1/approve');
    expect(approve.request.method).toBe('POST');
    expect(approve.request.body).toEqual({ note: 'Go ahead' });
    approve.flush(testApproval({ state: 'APPROVED' }));

    api.reject('MKT', 'ap-1', null).subscribe();
    const reject = backend.expectOne('/api/cost-centres/MKT/approvals/ap-1/reject');
    expect(reject.request.body).toEqual({ note: null });
    reject.flush(testApproval({ state: 'REJECTED' }));
  });

  it('reads a month of the report, as JSON and as CSV', () => {
    api.report('MKT', '2026-03').subscribe();
    const json = backend.expectOne((r) => r.url === COST_CENTRES_API.report('MKT'));
    expect(json.request.params.get('month')).toBe('2026-03');
    expect(json.request.params.has('format')).toBe(false);
    json.flush(testReport());

    let blob: Blob | undefined;
    api.reportCsv('MKT', '2026-03').subscribe((b) => (blob = b));
    const csv = backend.expectOne((r) => r.url === COST_CENTRES_API.report('MKT'));
    expect(csv.request.params.get('format')).toBe('csv');
    expect(csv.request.params.get('month')).toBe('2026-03');
    expect(csv.request.responseType).toBe('blob');
    expect(csv.request.headers.get('Accept')).toBe('text/csv');
    expect(csv.request.headers.get('Authorization')).toBe('Bearer token-1');
    csv.flush(new Blob(['a,b\n'], { type: 'text/csv' }));
    expect(blob).toBeInstanceOf(Blob);
  });
});

describe('AdminCostCentresService', () => {
  let backend: HttpTestingController;
  let api: AdminCostCentresService;

  const body: CostCentreBody = {
    code: 'MKT',
    name: 'Marketing',
    currency: 'EUR',
    monthlyBudget: 150000,
    perSessionLimit: null,
    approverIds: ['u-boss'],
    active: true,
  };

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    api = TestBed.inject(AdminCostCentresService);
  });

  afterEach(() => endAppTest(backend));

  it('lists, reads, creates and saves centres', () => {
    api.list().subscribe();
    backend.expectOne({ method: 'GET', url: '/api/admin/cost-centres' }).flush([testCostCentre()]);

    api.get('MKT').subscribe();
    backend
      .expectOne({ method: 'GET', url: '/api/admin/cost-centres/MKT' })
      .flush(testCostCentre());

    api.create(body).subscribe();
    const create = backend.expectOne({ method: 'POST', url: '/api/admin/cost-centres' });
    expect(create.request.body).toEqual(body);
    create.flush(testCostCentre(), { status: 201, statusText: 'Created' });

    api.update('MKT', body).subscribe();
    const update = backend.expectOne({ method: 'PUT', url: '/api/admin/cost-centres/MKT' });
    expect(update.request.body).toEqual(body);
    update.flush(testCostCentre());
  });

  it('reads and replaces the members administrators assign', () => {
    api.members('MKT').subscribe();
    backend
      .expectOne({ method: 'GET', url: '/api/admin/cost-centres/MKT/members' })
      .flush({ code: 'MKT', members: [] });

    api.saveMembers('MKT', ['u-1', 'u-2']).subscribe();
    const save = backend.expectOne({ method: 'PUT', url: '/api/admin/cost-centres/MKT/members' });
    expect(save.request.body).toEqual({ userIds: ['u-1', 'u-2'] });
    save.flush({ code: 'MKT', members: [] });
  });
});
