import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { DASHBOARD_API, DashboardRebuild } from './dashboard.model';
import { DashboardService } from './dashboard.service';

describe('DashboardService', () => {
  let backend: HttpTestingController;
  let api: DashboardService;

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    api = TestBed.inject(DashboardService);
  });

  afterEach(() => endAppTest(backend));

  it('reads the admin dashboard with only the period and currency that are set', () => {
    api.admin({ from: '2026-11-08', to: '2026-12-07', currency: 'EUR' }).subscribe();
    const req = backend.expectOne((r) => r.url === DASHBOARD_API.admin);
    expect(req.request.method).toBe('GET');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(req.request.params.get('from')).toBe('2026-11-08');
    expect(req.request.params.get('to')).toBe('2026-12-07');
    expect(req.request.params.get('currency')).toBe('EUR');
    req.flush({});

    api.admin({ from: '', to: '' }).subscribe();
    const defaults = backend.expectOne((r) => r.url === DASHBOARD_API.admin);
    expect(defaults.request.params.keys()).toEqual([]);
    defaults.flush({});
  });

  it("reads the expert's and the client's own dashboards", () => {
    api.expert({ from: '2026-09-21', to: '' }).subscribe();
    const expert = backend.expectOne((r) => r.url === DASHBOARD_API.expert);
    expect(expert.request.url).toBe('/api/me/dashboard/expert');
    expect(expert.request.params.keys()).toEqual(['from']);
    expert.flush({});

    api.client({ from: '', to: '2026-12-07', currency: ' ' }).subscribe();
    const client = backend.expectOne((r) => r.url === DASHBOARD_API.client);
    expect(client.request.url).toBe('/api/me/dashboard/client');
    expect(client.request.params.keys()).toEqual(['to']);
    client.flush({});
  });

  it('recounts the figures from history', () => {
    let result: DashboardRebuild | undefined;
    api.rebuild().subscribe((r) => (result = r));
    const req = backend.expectOne('/api/admin/dashboard/rebuild');
    expect(req.request.method).toBe('POST');
    req.flush({ sessions: 120, reviews: 30 });
    expect(result).toEqual({ sessions: 120, reviews: 30 });
  });
});
