import { HttpTestingController } from '@angular/common/http/testing';

import {
  Approval,
  COST_CENTRES_API,
  CostCentre,
  CostCentreReport,
  MyCostCentre,
} from '../core/cost-centres/cost-centre.model';

/** A centre of `GET /api/cost-centres/mine`: member of Marketing, 150.00 € left, limit 50.00 €. */
export function testMyCentre(overrides: Partial<MyCostCentre> = {}): MyCostCentre {
  return {
    code: 'MKT',
    name: 'Marketing',
    currency: 'EUR',
    balance: 15000,
    perSessionLimit: 5000,
    member: true,
    approver: false,
    active: true,
    ...overrides,
  };
}

/** A pending approval: Carla asks for a 90-minute video call with Laura on MKT (135.00 €). */
export function testApproval(overrides: Partial<Approval> = {}): Approval {
  return {
    id: 'ap-1',
    code: 'MKT',
    centreName: 'Marketing',
    clientId: 'u-client',
    clientName: 'Carla Client',
    expertId: 'e-laura',
    expertName: 'Laura Martín',
    channel: 'VIDEO',
    expectedMinutes: 90,
    expectedCost: 13500,
    currency: 'EUR',
    state: 'PENDING',
    requestedAt: '2026-03-10T10:00:00Z',
    expiresAt: '2026-03-10T10:15:00Z',
    decidedAt: null,
    decidedBy: null,
    decidedByName: null,
    note: null,
    sessionId: null,
    ...overrides,
  };
}

/** A cost centre as administrators see it. */
export function testCostCentre(overrides: Partial<CostCentre> = {}): CostCentre {
  return {
    code: 'MKT',
    name: 'Marketing',
    currency: 'EUR',
    monthlyBudget: 150000,
    perSessionLimit: 5000,
    approverIds: ['u-boss'],
    approvers: [{ id: 'u-boss', name: 'Bea Boss' }],
    active: true,
    balance: 120000,
    spentThisMonth: 30000,
    memberCount: 4,
    month: '2026-03',
    ...overrides,
  };
}

/** March 2026 of MKT: 2 people, 2 experts, 3 sessions, 300.00 € of 1500.00 €. */
export function testReport(overrides: Partial<CostCentreReport> = {}): CostCentreReport {
  return {
    code: 'MKT',
    name: 'Marketing',
    currency: 'EUR',
    month: '2026-03',
    from: '2026-03-01',
    to: '2026-03-31',
    budget: 150000,
    spent: 30000,
    sessions: 3,
    minutes: 200,
    people: [
      { userId: 'u-carla', name: 'Carla Client', sessions: 2, minutes: 150, amount: 22500 },
      { userId: 'u-dan', name: 'Dan Doe', sessions: 1, minutes: 50, amount: 7500 },
    ],
    experts: [
      { expertId: 'e-laura', name: 'Laura Martín', sessions: 2, minutes: 120, amount: 18000 },
      { expertId: 'e-bob', name: 'Bob Builder', sessions: 1, minutes: 80, amount: 12000 },
    ],
    days: [
      { date: '2026-03-02', amount: 10000 },
      { date: '2026-03-05', amount: 20000 },
    ],
    lines: [
      {
        sessionId: 's-1',
        clientId: 'u-carla',
        clientName: 'Carla Client',
        expertId: 'e-laura',
        expertName: 'Laura Martín',
        channel: 'VIDEO',
        startedAt: '2026-03-02T09:00:00Z',
        minutes: 70,
        amount: 10000,
      },
    ],
    ...overrides,
  };
}

/**
 * Answers every pending `GET /api/cost-centres/mine` (the header and the pages that offer "Pay
 * with" ask for it) with `centres`; answers how many there were.
 */
export function flushMyCentres(
  backend: HttpTestingController,
  centres: MyCostCentre[] = [],
): number {
  const requests = backend.match(COST_CENTRES_API.mine);
  requests.forEach((r) => r.flush(centres));
  return requests.length;
}
