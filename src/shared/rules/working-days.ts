import bankHolidays from '../../../resources/catalogue/bank-holidays.json' with { type: 'json' };
import { addDays, dayNumber } from './dates.ts';

/** Bank holidays in England and Wales as ISO dates, from the GOV.UK list shipped in resources/catalogue. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: ReadonlySet<string> = new Set(
  bankHolidays.events.map((event) => event.date),
);

/** 0 = Sunday … 6 = Saturday; day 0 of `dayNumber` (01/01/1970) was a Thursday. */
export function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const weekday = weekdayOf(iso);
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
}

/** The date itself when it is a working day, otherwise the nearest working day before it. */
export function workingDayOnOrBefore(iso: string, holidays: ReadonlySet<string>): string {
  let day = iso;
  while (!isWorkingDay(day, holidays)) day = addDays(day, -1);
  return day;
}
