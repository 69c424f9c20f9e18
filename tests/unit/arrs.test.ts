import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/shared/rules/arrs.ts';
import { claimLine, rateFor } from '../../src/shared/rules/arrs.ts';
import { formatPounds, roundPence } from '../../src/shared/rules/money.ts';

const base: ClaimInput = {
  month: '2025-10',
  startDate: '2024-04-01',
  leavingDate: null,
  hoursPerWeek: 30,
  fullTimeHours: 37.5,
  claimableHoursLimit: 45,
  annualMaxPence: 4015900,
  salaryPence: 200000,
  employerNiPence: 18000,
  employerPensionPence: 28900,
  subcontracted: false,
  contributionPencePerMonthPerWte: 20000,
};

describe('ARRS arithmetic in integer pence', () => {
  it("reproduces domain.md's worked example exactly", () => {
    const full = claimLine({ ...base, month: '2025-11' });
    expect(formatPounds(full.capPence)).toBe('£2,677.27');
    expect(formatPounds(full.costPence)).toBe('£2,469.00');
    expect(formatPounds(full.claimablePence)).toBe('£2,469.00');
    const fromDay16 = claimLine({ ...base, month: '2025-11', startDate: '2025-11-16' });
    expect(fromDay16.daysInPost).toBe(15);
    expect(formatPounds(fromDay16.capPence)).toBe('£1,338.63');
  });

  it('caps a full month at the annual maximum ÷ 12 for 1.0 WTE', () => {
    const line = claimLine({ ...base, hoursPerWeek: 37.5, salaryPence: 400000 });
    expect(line).toMatchObject({ daysInPost: 31, daysInMonth: 31, wte: 1, capPence: 334658, claimablePence: 334658 });
  });

  it('pro-rates a start, a leaving date, and both in one month', () => {
    expect(claimLine({ ...base, startDate: '2025-10-11' }).daysInPost).toBe(21);
    expect(claimLine({ ...base, leavingDate: '2025-10-10' }).daysInPost).toBe(10);
    const both = claimLine({ ...base, startDate: '2025-10-06', leavingDate: '2025-10-15' });
    expect(both.daysInPost).toBe(10);
    expect(both.capPence).toBe(roundPence((4015900 / 12) * 0.8 * (10 / 31)));
    expect(claimLine({ ...base, leavingDate: '2025-09-30' })).toMatchObject({ daysInPost: 0, claimablePence: 0 });
    expect(claimLine({ ...base, startDate: '2025-11-01' })).toMatchObject({ daysInPost: 0, claimablePence: 0 });
  });

  it('uses 29 days for February in a leap year', () => {
    const line = claimLine({ ...base, month: '2028-02', startDate: '2028-02-15' });
    expect(line).toMatchObject({ daysInMonth: 29, daysInPost: 15 });
    expect(claimLine({ ...base, month: '2027-02' }).daysInMonth).toBe(28);
  });

  it('counts hours above full time towards WTE only up to the configured limit', () => {
    expect(claimLine({ ...base, hoursPerWeek: 40 }).wte).toBeCloseTo(40 / 37.5, 10);
    expect(claimLine({ ...base, hoursPerWeek: 50 }).wte).toBeCloseTo(45 / 37.5, 10);
    expect(claimLine({ ...base, hoursPerWeek: 50, claimableHoursLimit: 37.5 }).wte).toBe(1);
  });

  it('adds the sub-contracted contribution pro rata, never above £200 a month, and keeps the total within the cap', () => {
    expect(claimLine({ ...base, subcontracted: true }).contributionPence).toBe(16000);
    expect(claimLine({ ...base, subcontracted: true, hoursPerWeek: 45 }).contributionPence).toBe(20000);
    expect(claimLine({ ...base, subcontracted: true, startDate: '2025-10-17' }).contributionPence).toBe(
      roundPence(16000 * (15 / 31)),
    );
    const nearCap = claimLine({ ...base, subcontracted: true, salaryPence: 240000 });
    expect(nearCap.costPence + nearCap.contributionPence).toBeGreaterThan(nearCap.capPence);
    expect(nearCap.claimablePence).toBe(nearCap.capPence);
  });

  it('rounds half a penny up, in one place', () => {
    expect(roundPence(100.5)).toBe(101);
    expect(roundPence(100.49)).toBe(100);
    expect(roundPence(267726.6666)).toBe(267727);
  });

  it('takes the rate in force for the month, including a change part way through the year', () => {
    const rates = [
      { role: 'splw', annualMaxPence: 4015900, effectiveFrom: '2025-04-01' },
      { role: 'splw', annualMaxPence: 4200000, effectiveFrom: '2025-10-01' },
      { role: 'care_coordinator', annualMaxPence: 3000000, effectiveFrom: '2025-04-01' },
    ];
    expect(rateFor(rates, 'splw', '2025-09')?.annualMaxPence).toBe(4015900);
    expect(rateFor(rates, 'splw', '2025-10')?.annualMaxPence).toBe(4200000);
    expect(rateFor(rates, 'splw', '2025-03')).toBeNull();
    expect(rateFor(rates, 'hwbc', '2025-10')).toBeNull();
  });
});
