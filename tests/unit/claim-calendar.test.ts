import { describe, expect, it } from 'vitest';
import {
  claimDueOn,
  currentClaimMonth,
  financialYearMonthsTo,
  isMonth,
  pickableMonths,
  yearPosition,
} from '../../src/shared/rules/claim-calendar.ts';

describe('the claim calendar', () => {
  it('prepares last month’s claim until the claim day has passed, then this month’s', () => {
    expect(currentClaimMonth('2026-11-10', 10)).toBe('2026-10');
    expect(currentClaimMonth('2026-11-11', 10)).toBe('2026-11');
    expect(currentClaimMonth('2026-01-05', 10)).toBe('2025-12');
    expect(currentClaimMonth('2026-03-28', 28)).toBe('2026-02');
  });

  it('makes a month’s claim due on the claim day of the next month, across a year end', () => {
    expect(claimDueOn('2026-10', 10)).toBe('2026-11-10');
    expect(claimDueOn('2026-12', 5)).toBe('2027-01-05');
    expect(claimDueOn('2027-01', 28)).toBe('2027-02-28');
  });

  it('lists the financial year’s months from April to the month', () => {
    expect(financialYearMonthsTo('2025-04')).toEqual(['2025-04']);
    expect(financialYearMonthsTo('2025-10')).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
    ]);
    expect(financialYearMonthsTo('2026-03')).toHaveLength(12);
    expect(financialYearMonthsTo('2026-01').at(0)).toBe('2025-04');
  });

  it('adds up the year to date and projects this month’s figure to 31 March, in pence', () => {
    expect(yearPosition('2025-10', 267727, [267727, 0])).toEqual({
      yearToDatePence: 535454,
      projectionPence: 535454 + 5 * 267727,
    });
    expect(yearPosition('2026-03', 100, [])).toEqual({ yearToDatePence: 100, projectionPence: 100 });
    expect(yearPosition('2025-04', 100, [])).toEqual({ yearToDatePence: 100, projectionPence: 1200 });
  });

  it('offers the last 24 months to pick from, with the month shown if it is outside them', () => {
    const months = pickableMonths('2026-11-16', '2026-10');
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2026-11');
    expect(months.at(-1)).toBe('2024-12');
    expect(pickableMonths('2026-11-16', '2019-04').at(-1)).toBe('2019-04');
    expect(pickableMonths('2026-11-16', '2027-02')[0]).toBe('2027-02');
  });

  it('knows a month written YYYY-MM', () => {
    expect(isMonth('2026-10')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('10/2026')).toBe(false);
  });
});
