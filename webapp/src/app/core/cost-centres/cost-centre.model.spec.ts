import { testApproval, testMyCentre } from '../../testing/cost-centre-fixtures';
import {
  COST_CENTRES_API,
  COST_CENTRE_CODE_PATTERN,
  fundedByOf,
  isApproval,
  isMonth,
  memberCentres,
  monthOf,
  parseExpectedMinutes,
  reportCsvName,
  upsertApproval,
} from './cost-centre.model';

describe('cost centre model', () => {
  it('reads the expected length: whole minutes from 1 to 600, else null', () => {
    expect(parseExpectedMinutes('45')).toBe(45);
    expect(parseExpectedMinutes(' 600 ')).toBe(600);
    expect(parseExpectedMinutes(1)).toBe(1);
    for (const bad of ['', '0', '601', '1.5', '-3', 'ten', '1e2', null, undefined]) {
      expect(parseExpectedMinutes(bad)).toBeNull();
    }
  });

  it('builds fundedBy: the wallet for no code, a centre with an optional approval', () => {
    expect(fundedByOf('')).toEqual({ type: 'WALLET' });
    expect(fundedByOf('MKT')).toEqual({ type: 'COST_CENTRE', code: 'MKT' });
    expect(fundedByOf('MKT', 'ap-1')).toEqual({
      type: 'COST_CENTRE',
      code: 'MKT',
      approvalId: 'ap-1',
    });
  });

  it('offers only the active centres the user is a member of', () => {
    const centres = [
      testMyCentre(),
      testMyCentre({ code: 'OLD', active: false }),
      testMyCentre({ code: 'BOSS', member: false, approver: true }),
    ];
    expect(memberCentres(centres).map((c) => c.code)).toEqual(['MKT']);
  });

  it('replaces a changed approval in place and puts a new one first', () => {
    const a = testApproval({ id: 'a' });
    const b = testApproval({ id: 'b' });
    expect(upsertApproval([a, b], { ...b, state: 'APPROVED' }).map((x) => x.state)).toEqual([
      'PENDING',
      'APPROVED',
    ]);
    expect(upsertApproval([a], b).map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('recognises approvals in frames and ignores anything else', () => {
    expect(isApproval(testApproval())).toBe(true);
    expect(isApproval({ ...testApproval(), state: 'WHATEVER' })).toBe(false);
    expect(isApproval({ id: 'x' })).toBe(false);
    expect(isApproval(null)).toBe(false);
  });

  it('checks codes and months, and names the CSV', () => {
    expect(COST_CENTRE_CODE_PATTERN.test('MKT-2026_A')).toBe(true);
    expect(COST_CENTRE_CODE_PATTERN.test('M')).toBe(false);
    expect(COST_CENTRE_CODE_PATTERN.test('mkt')).toBe(false);
    expect(COST_CENTRE_CODE_PATTERN.test('A'.repeat(33))).toBe(false);
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(monthOf(new Date(2026, 2, 15, 12).getTime())).toBe('2026-03');
    expect(reportCsvName('MKT', '2026-03')).toBe('skillfast-mkt-2026-03.csv');
  });

  it('escapes codes and ids in the URLs', () => {
    expect(COST_CENTRES_API.approval('A/B', 'x y')).toBe('/api/cost-centres/A%2FB/approvals/x%20y');
    expect(COST_CENTRES_API.report('MKT')).toBe('/api/admin/cost-centres/MKT/report');
  });
});
