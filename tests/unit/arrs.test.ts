import { describe, expect, it } from 'vitest';
import catalogue from '../../resources/catalogue/arrs-rates.json' with { type: 'json' };
import type { ClaimInput, RateEntry } from '../../src/shared/rules/arrs.ts';
import {
  claimable,
  claimLine,
  financialYearBounds,
  maximumForMonth,
  missingRatePeriod,
  monthCap,
  monthlyPay,
  overlappingRate,
  payInForce,
  rateInForce,
  subcontractedContribution,
  wholeTimeEquivalent,
} from '../../src/shared/rules/arrs.ts';
import { formatPounds, roundPence } from '../../src/shared/rules/money.ts';

/** domain.md's example: £2,000 salary + £180 NI + £289 pension a month, 0.8 WTE, £40,159 a year. */
const costs = (salaryPence: number) => ({ actual: { salaryPence, niPence: 18000, pensionPence: 28900 } });

const base: ClaimInput = {
  month: '2025-10',
  startDate: '2024-04-01',
  leavingDate: null,
  hoursPerWeek: 30,
  fullTimeHours: 37.5,
  claimableHoursLimit: 45,
  annualMaxPence: 4015900,
  costs: costs(200000),
  subcontracted: false,
  contributionPencePerMonthPerWte: 20000,
};

/** The shipped maxima, as every new database has them. */
const shipped = catalogue.rates as (RateEntry & { role: 'splw' | 'care_coordinator' | 'hwbc' })[];

describe('ARRS arithmetic in integer pence', () => {
  it("reproduces domain.md's worked example exactly", () => {
    const full = claimLine({ ...base, month: '2025-11' });
    expect(full.capPence).toBe(267727);
    expect(formatPounds(full.capPence)).toBe('£2,677.27');
    expect(full.costPence).toBe(246900);
    expect(formatPounds(full.costPence)).toBe('£2,469.00');
    expect(full.claimablePence).toBe(246900);
    const fromDay16 = claimLine({ ...base, month: '2025-11', startDate: '2025-11-16' });
    expect(fromDay16.daysInPost).toBe(15);
    expect(fromDay16.capPence).toBe(133863);
    expect(formatPounds(fromDay16.capPence)).toBe('£1,338.63');
  });

  it('caps a full month at the annual maximum ÷ 12 for 1.0 WTE', () => {
    const line = claimLine({ ...base, hoursPerWeek: 37.5, costs: costs(400000) });
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
    expect(wholeTimeEquivalent(30, 37.5, 37.5)).toBe(0.8);
  });

  it('adds the sub-contracted contribution pro rata, never above £200 a month, and keeps the total within the cap', () => {
    expect(claimLine({ ...base, subcontracted: true }).contributionPence).toBe(16000);
    expect(claimLine({ ...base, subcontracted: true, hoursPerWeek: 45 }).contributionPence).toBe(20000);
    expect(claimLine({ ...base, subcontracted: true, startDate: '2025-10-17' }).contributionPence).toBe(
      roundPence(16000 * (15 / 31)),
    );
    const nearCap = claimLine({ ...base, subcontracted: true, costs: costs(240000) });
    expect(nearCap.costPence + nearCap.contributionPence).toBeGreaterThan(nearCap.capPence);
    expect(nearCap.claimablePence).toBe(nearCap.capPence);
    expect(subcontractedContribution(20000, 1.2, 1)).toBe(20000);
  });

  it('works out the cap, contribution and claimable as named rules', () => {
    expect(monthCap(4015900, 0.8, 1)).toBe(267727);
    expect(monthCap(4015900, 0.8, 15 / 30)).toBe(133863);
    expect(claimable(246900, 0, 267727, 30)).toBe(246900);
    expect(claimable(300000, 16000, 267727, 30)).toBe(267727);
    expect(claimable(246900, 0, 267727, 0)).toBe(0);
  });

  it('gives a cap of £0.00 when no maximum is known, and costs of £0.00 when there is no pay', () => {
    expect(claimLine({ ...base, annualMaxPence: null })).toMatchObject({ capPence: 0, claimablePence: 0 });
    expect(claimLine({ ...base, costs: null })).toMatchObject({ costPence: 0, salaryPence: 0, claimablePence: 0 });
  });
});

describe('monthly pay from the pay in force', () => {
  const pay = {
    annualSalaryPence: 3000000,
    ni: { kind: 'percent', basisPoints: 800 },
    pension: { kind: 'percent', basisPoints: 1445 },
  } as const;

  it('takes salary ÷ 12 and each percentage on-cost of that salary', () => {
    expect(monthlyPay(pay, 1)).toEqual({ salaryPence: 250000, niPence: 20000, pensionPence: 36125 });
  });

  it('pro-rates salary and a fixed on-cost by the share of the month in post', () => {
    const fixed = {
      ...pay,
      ni: { kind: 'amount', monthlyPence: 18010 },
      pension: { kind: 'amount', monthlyPence: 28935 },
    } as const;
    expect(monthlyPay(fixed, 1)).toEqual({ salaryPence: 250000, niPence: 18010, pensionPence: 28935 });
    expect(monthlyPay(fixed, 15 / 30)).toEqual({ salaryPence: 125000, niPence: 9005, pensionPence: 14468 });
  });

  it('is what a claim line costs when no payroll is entered', () => {
    expect(claimLine({ ...base, costs: { pay } })).toMatchObject({ salaryPence: 250000, costPence: 306125 });
  });

  it('chooses each worker’s pay in force: the latest row on or before the date', () => {
    const rows = [
      { workerId: 1, effectiveFrom: '2024-04-01', annualSalaryPence: 1 },
      { workerId: 1, effectiveFrom: '2025-04-01', annualSalaryPence: 2 },
      { workerId: 1, effectiveFrom: '2025-11-01', annualSalaryPence: 3 },
      { workerId: 2, effectiveFrom: '2025-12-01', annualSalaryPence: 4 },
    ];
    const inForce = payInForce(rows, '2025-10-31');
    expect(inForce.get(1)?.annualSalaryPence).toBe(2);
    expect(inForce.has(2)).toBe(false);
    expect(payInForce(rows, '2025-11-30').get(1)?.annualSalaryPence).toBe(3);
  });
});

describe('the maximum in force', () => {
  it('uses £38,187 for an SPLW in June 2023 and £40,159 from July 2023 (national)', () => {
    expect(rateInForce(shipped, 'splw', 'national', '2023-06')?.annualMaxPence).toBe(3818700);
    expect(rateInForce(shipped, 'splw', 'national', '2023-07')?.annualMaxPence).toBe(4015900);
    expect(rateInForce(shipped, 'care_coordinator', 'national', '2023-06')?.annualMaxPence).toBe(3174600);
    expect(rateInForce(shipped, 'care_coordinator', 'national', '2023-07')?.annualMaxPence).toBe(3339600);
  });

  it('uses £40,159 to September 2024 and £42,437 from October 2024, not £40,159 from April 2024 as "2024/25"', () => {
    expect(rateInForce(shipped, 'splw', 'national', '2024-09')).toMatchObject({ annualMaxPence: 4015900, mark: 'U' });
    expect(rateInForce(shipped, 'splw', 'national', '2024-10')).toMatchObject({ annualMaxPence: 4243700, mark: 'U' });
    const wrong = shipped.filter((r) => r.annualMaxPence === 4015900 && r.effectiveFrom === '2024-04-01');
    expect(wrong.map((r) => r.effectiveTo)).toEqual(['2024-09-30']);
  });

  it('applies a rate only within its period: no care coordinator figure from 2020/21 in 2026/27', () => {
    expect(rateInForce(shipped, 'care_coordinator', 'national', '2020-10')?.annualMaxPence).toBe(2913500);
    expect(rateInForce(shipped, 'care_coordinator', 'national', '2026-10')).toBeNull();
    expect(rateInForce(shipped, 'splw', 'national', '2025-04')).toBeNull();
    expect(rateInForce(shipped, 'hwbc', 'national', '2023-10')).toBeNull();
  });

  it('takes a backdated uplift entered in August as April’s maximum from then on', () => {
    const before = [
      {
        role: 'splw',
        area: 'national',
        annualMaxPence: 4200000,
        effectiveFrom: '2025-04-01',
        effectiveTo: '2026-03-31',
      },
    ];
    expect(rateInForce(before, 'splw', 'national', '2025-04')?.annualMaxPence).toBe(4200000);
    // The uplift, announced on 1 August 2025 and backdated to 1 April, corrects the row it replaces.
    const after = [{ ...before[0], annualMaxPence: 4335200 }] as typeof before;
    expect(rateInForce(after, 'splw', 'national', '2025-04')?.annualMaxPence).toBe(4335200);
    expect(rateInForce(after, 'splw', 'national', '2025-08')?.annualMaxPence).toBe(4335200);
  });

  it('uses the inner-London figure for an inner-London PCN, and never another area’s', () => {
    const london = [
      ...shipped,
      {
        role: 'splw' as const,
        area: 'inner_london',
        annualMaxPence: 4432100,
        effectiveFrom: '2023-07-01',
        effectiveTo: '2024-03-31',
      },
    ];
    expect(rateInForce(london, 'splw', 'inner_london', '2023-08')?.annualMaxPence).toBe(4432100);
    expect(rateInForce(london, 'splw', 'national', '2023-08')?.annualMaxPence).toBe(4015900);
    expect(rateInForce(london, 'splw', 'outer_london', '2023-08')).toBeNull();
    expect(rateInForce(london, 'splw', 'inner_london', '2023-06')).toBeNull();
  });

  it('applies the national figure everywhere before London maxima began in 2021/22', () => {
    expect(rateInForce(shipped, 'splw', 'inner_london', '2020-10')?.annualMaxPence).toBe(3538900);
    expect(rateInForce(shipped, 'splw', 'outer_london', '2022-10')).toBeNull();
  });

  it('takes the later row for a month in which the maximum changes', () => {
    const rates = [
      {
        role: 'splw',
        area: 'national',
        annualMaxPence: 4000000,
        effectiveFrom: '2025-04-01',
        effectiveTo: '2025-10-14',
      },
      { role: 'splw', area: 'national', annualMaxPence: 4200000, effectiveFrom: '2025-10-15', effectiveTo: null },
    ];
    expect(rateInForce(rates, 'splw', 'national', '2025-09')?.annualMaxPence).toBe(4000000);
    expect(rateInForce(rates, 'splw', 'national', '2025-10')?.annualMaxPence).toBe(4200000);
    expect(rateInForce(rates, 'splw', 'national', '2031-10')?.annualMaxPence).toBe(4200000);
  });
});

describe('a month with no known maximum', () => {
  it('gives the line a blocking flag that says so plainly, with the gap to fill', () => {
    const hwbc = maximumForMonth(shipped, 'hwbc', 'national', '2026-10');
    expect(hwbc.rate).toBeNull();
    expect(hwbc.flag).toEqual({
      requirementId: 'arrs-maximum',
      title: 'ARRS maximum',
      kind: 'arrs_condition',
      date: null,
      reason: 'No ARRS maximum is known for health and wellbeing coach (national) in October 2026',
      missingRate: { role: 'hwbc', area: 'national', from: '2026-04-01', to: '2027-03-31' },
    });
    const known = maximumForMonth(shipped, 'splw', 'national', '2023-07');
    expect(known).toMatchObject({ rate: { annualMaxPence: 4015900 }, flag: null });
  });

  it('offers the financial year, or only the gap between known rows', () => {
    expect(missingRatePeriod(shipped, 'splw', 'national', '2025-06')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    const gap = [
      { role: 'splw', area: 'national', annualMaxPence: 1, effectiveFrom: '2024-04-01', effectiveTo: '2024-09-30' },
      { role: 'splw', area: 'national', annualMaxPence: 1, effectiveFrom: '2025-01-01', effectiveTo: '2025-03-31' },
      { role: 'splw', area: 'inner_london', annualMaxPence: 1, effectiveFrom: '2024-04-01', effectiveTo: '2025-03-31' },
    ];
    expect(missingRatePeriod(gap, 'splw', 'national', '2024-11')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(maximumForMonth(gap, 'splw', 'national', '2024-11').flag?.missingRate).toEqual({
      role: 'splw',
      area: 'national',
      from: '2024-10-01',
      to: '2024-12-31',
    });
  });

  it('knows the financial year a date falls in', () => {
    expect(financialYearBounds('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(financialYearBounds('2026-04-01')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });
});

describe('rows that would overlap', () => {
  const rows = shipped.map((r, i) => ({ ...r, id: i + 1 }));

  it('names the row for the same role and area whose period overlaps', () => {
    const clash = overlappingRate(rows, {
      role: 'splw',
      area: 'national',
      annualMaxPence: 1,
      effectiveFrom: '2024-03-01',
      effectiveTo: null,
    });
    expect(clash).toMatchObject({ effectiveFrom: '2023-07-01', annualMaxPence: 4015900 });
  });

  it('allows a row that starts the day after another ends, another area, or itself when corrected', () => {
    const next = {
      role: 'splw',
      area: 'national',
      annualMaxPence: 1,
      effectiveFrom: '2025-04-01',
      effectiveTo: '2026-03-31',
    };
    expect(overlappingRate(rows, next)).toBeNull();
    expect(overlappingRate(rows, { ...next, effectiveFrom: '2023-07-01', area: 'inner_london' })).toBeNull();
    const own = rows.find((r) => r.effectiveFrom === '2023-07-01' && r.role === 'splw');
    expect(
      overlappingRate(rows, { ...next, effectiveFrom: '2023-07-01', effectiveTo: '2024-03-31' }, own?.id),
    ).toBeNull();
  });
});
