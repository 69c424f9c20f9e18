import { describe, expect, it } from 'vitest';
import bankHolidays from '../../resources/catalogue/bank-holidays.json' with { type: 'json' };
import {
  ENGLAND_AND_WALES_BANK_HOLIDAYS as HOLIDAYS,
  isWorkingDay,
  weekdayOf,
  workingDayOnOrBefore,
} from '../../src/shared/rules/working-days.ts';

describe('working days in England and Wales', () => {
  it('knows the day of the week', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2026-12-25')).toBe(5);
    expect(weekdayOf('2026-08-31')).toBe(1);
    expect(weekdayOf('1969-12-28')).toBe(0);
  });

  it('treats weekends and bank holidays as non-working days', () => {
    expect(isWorkingDay('2026-11-30', HOLIDAYS)).toBe(true);
    expect(isWorkingDay('2026-11-28', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-11-29', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-12-25', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-12-28', HOLIDAYS)).toBe(false);
  });

  it('moves back to the working day before, over weekends and runs of holidays', () => {
    expect(workingDayOnOrBefore('2026-12-24', HOLIDAYS)).toBe('2026-12-24');
    expect(workingDayOnOrBefore('2026-12-25', HOLIDAYS)).toBe('2026-12-24');
    expect(workingDayOnOrBefore('2026-12-28', HOLIDAYS)).toBe('2026-12-24');
    expect(workingDayOnOrBefore('2026-08-31', HOLIDAYS)).toBe('2026-08-28');
    expect(workingDayOnOrBefore('2027-03-29', HOLIDAYS)).toBe('2027-03-25');
    expect(workingDayOnOrBefore('2022-06-03', HOLIDAYS)).toBe('2022-06-01');
  });

  it('ships every year from 2019 to 2027, each with at least the eight usual holidays, all on weekdays', () => {
    const years = Object.keys(bankHolidays.years);
    expect(years).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027']);
    for (const year of years) {
      const inYear = bankHolidays.events.filter((event) => event.date.startsWith(year));
      expect(inYear.length, year).toBeGreaterThanOrEqual(8);
    }
    for (const date of HOLIDAYS) expect(isWorkingDay(date, new Set()), date).toBe(true);
    expect(bankHolidays.source).toBe('https://www.gov.uk/bank-holidays.json');
  });

  it('holds the one-off holidays as published', () => {
    for (const date of ['2020-05-08', '2022-06-03', '2022-09-19', '2023-05-08']) {
      expect(HOLIDAYS.has(date), date).toBe(true);
    }
  });
});
