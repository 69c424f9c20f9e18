import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  fromDayNumber,
  financialYearOf,
  formatUkDate,
  formatUkDateTime,
  formatUkDayOf,
  isIsoDate,
  parseUkDate,
  ukDateOf,
} from '../../src/shared/rules/dates.ts';

describe('dates', () => {
  it('show ISO dates as dd/mm/yyyy', () => {
    expect(formatUkDate('2025-04-01')).toBe('01/04/2025');
    expect(formatUkDate(null)).toBe('');
  });

  it('read dd/mm/yyyy, with or without leading zeros, and refuse dates that do not exist', () => {
    expect(parseUkDate('01/04/2025')).toBe('2025-04-01');
    expect(parseUkDate(' 1/4/2025 ')).toBe('2025-04-01');
    expect(parseUkDate('29/02/2024')).toBe('2024-02-29');
    expect(parseUkDate('29/02/2025')).toBeNull();
    expect(parseUkDate('31/04/2025')).toBeNull();
    expect(parseUkDate('2025-04-01')).toBeNull();
    expect(parseUkDate('04/31/2025')).toBeNull();
  });

  it('know a real ISO date', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
  });

  it('write financial years as 2025/26, turning on 1 April', () => {
    expect(financialYearOf('2025-04-01')).toBe('2025/26');
    expect(financialYearOf('2026-03-31')).toBe('2025/26');
    expect(financialYearOf('2000-01-15')).toBe('1999/00');
    expect(financialYearOf('2099-06-01')).toBe('2099/00');
  });

  it('take the UK calendar date of an instant, across midnight in summer time', () => {
    expect(ukDateOf(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(ukDateOf(new Date('2025-12-31T23:30:00Z'))).toBe('2025-12-31');
    expect(formatUkDateTime('2025-06-30T23:30:00Z')).toBe('01/07/2025 00:30');
    expect(formatUkDayOf('2025-06-30T23:30:00.000Z')).toBe('01/07/2025');
    expect(formatUkDayOf('2025-12-31T23:30:00Z')).toBe('31/12/2025');
  });

  it('add days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('day numbers', () => {
  it('agree with the calendar over four centuries, both ways', () => {
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2300, 11, 31); t += 86_400_000 * 7) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const days = t / 86_400_000;
      expect(dayNumber(iso)).toBe(days);
      expect(fromDayNumber(days)).toBe(iso);
    }
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
  });
});
