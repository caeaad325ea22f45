import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { testApproval, testMyCentre } from '../../testing/cost-centre-fixtures';
import { FakeRealtime, fakeRealtime } from '../../testing/fake-realtime';
import { AuthService } from '../auth/auth.service';
import { COST_CENTRES_API } from './cost-centre.model';
import { MyCostCentres } from './my-cost-centres';
import { PendingApprovals } from './pending-approvals';

describe('cost centre stores', () => {
  let backend: HttpTestingController;
  let realtime: FakeRealtime;

  beforeEach(() => {
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({ providers: [fake.provider] });
  });

  afterEach(() => endAppTest(backend));

  const pendingList = () =>
    backend.expectOne(
      (r) => r.url === COST_CENTRES_API.approvals && r.params.get('state') === 'PENDING',
    );

  describe('MyCostCentres', () => {
    it('reads nothing while signed out', () => {
      const store = TestBed.inject(MyCostCentres);
      store.ensureLoaded();
      store.reload();
      backend.expectNone(COST_CENTRES_API.mine);
      expect(store.centres()).toEqual([]);
    });

    it('reads once per user, and tells chargeable centres from approved ones', () => {
      signIn(backend, { id: 'u-1', role: 'CLIENT' });
      const store = TestBed.inject(MyCostCentres);
      store.ensureLoaded();
      store.ensureLoaded();
      expect(store.loading()).toBe(true);
      backend
        .expectOne(COST_CENTRES_API.mine)
        .flush([
          testMyCentre(),
          testMyCentre({ code: 'OLD', active: false }),
          testMyCentre({ code: 'BOSS', name: 'Board', member: false, approver: true }),
        ]);
      expect(store.loaded()).toBe(true);
      expect(store.chargeable().map((c) => c.code)).toEqual(['MKT']);
      expect(store.approverOf().map((c) => c.code)).toEqual(['BOSS']);
      expect(store.isApprover()).toBe(true);
      expect(store.find('BOSS')?.name).toBe('Board');
      store.ensureLoaded();
      backend.expectNone(COST_CENTRES_API.mine);

      // Fresh balances on demand.
      store.reload();
      backend.expectOne(COST_CENTRES_API.mine).flush([testMyCentre({ balance: 10 })]);
      expect(store.centres()[0].balance).toBe(10);
      expect(store.isApprover()).toBe(false);
    });

    it("forgets the previous user's centres, and counts a failed read as none", () => {
      signIn(backend, { id: 'u-1', role: 'CLIENT' });
      const store = TestBed.inject(MyCostCentres);
      store.ensureLoaded();
      backend.expectOne(COST_CENTRES_API.mine).flush([testMyCentre()]);

      TestBed.inject(AuthService).clearSession();
      expect(store.centres()).toEqual([]);
      signIn(backend, { id: 'u-2', role: 'CLIENT' });
      expect(store.centres()).toEqual([]);
      store.ensureLoaded();
      flushProblem(backend.expectOne(COST_CENTRES_API.mine), 500);
      expect(store.loaded()).toBe(true);
      expect(store.chargeable()).toEqual([]);
    });
  });

  describe('PendingApprovals', () => {
    it('counts the pending approvals and follows the frames', () => {
      signIn(backend, { id: 'u-boss', role: 'CLIENT' });
      const pending = TestBed.inject(PendingApprovals);
      pending.ensureLoaded();
      pending.ensureLoaded();
      pendingList().flush([testApproval({ id: 'a' }), testApproval({ id: 'b' })]);
      expect(pending.count()).toBe(2);

      realtime.emit({ type: 'approval.requested', approval: testApproval({ id: 'c' }) });
      expect(pending.count()).toBe(3);
      realtime.emit({
        type: 'approval.decided',
        approval: testApproval({ id: 'a', state: 'APPROVED' }),
      });
      expect(pending.count()).toBe(2);
      // Not an approval: ignored.
      realtime.emit({ type: 'approval.requested', approval: { id: 'x' } as never });
      expect(pending.count()).toBe(2);

      pending.decided('b');
      expect(pending.count()).toBe(1);
      pending.replace([]);
      expect(pending.count()).toBe(0);
    });

    it('reads the count again after a reconnection, and not for others', () => {
      signIn(backend, { id: 'u-boss', role: 'CLIENT' });
      const pending = TestBed.inject(PendingApprovals);
      realtime.reconnect();
      backend.expectNone(COST_CENTRES_API.approvals);

      pending.ensureLoaded();
      pendingList().flush([]);
      realtime.reconnect();
      pendingList().flush([testApproval()]);
      expect(pending.count()).toBe(1);

      TestBed.inject(AuthService).clearSession();
      expect(pending.count()).toBe(0);
    });
  });
});
