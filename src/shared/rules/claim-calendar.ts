import { addMonths } from './dates.ts';

/** Months travel as `YYYY-MM`. */
const monthOf = (iso: string): string => iso.slice(0, 7);

/** Whether text is a real month written YYYY-MM. */
export const isMonth = (text: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/** The month before or after by `count` months. */
export const shiftMonth = (month: string, count: number): string => monthOf(addMonths(`${month}-01`, count));

/** The claim being prepared on a day: last month's until its claim day has passed, then this month's. */
export function currentClaimMonth(today: string, claimDayOfMonth: number): string {
  const thisMonth = monthOf(today);
  return Number(today.slice(8, 10)) <= claimDayOfMonth ? shiftMonth(thisMonth, -1) : thisMonth;
}

/** A month's claim is due on the claim day of the following month. */
export function claimDueOn(month: string, claimDayOfMonth: number): string {
  return `${shiftMonth(month, 1)}-${String(claimDayOfMonth).padStart(2, '0')}`;
}

/** The financial year's months from April to the month itself, counted rather than compared, so none can run on. */
export function financialYearMonthsTo(month: string): string[] {
  const calendarMonth = Number(month.slice(5, 7));
  const count = calendarMonth >= 4 ? calendarMonth - 3 : calendarMonth + 9;
  return Array.from({ length: count }, (_, i) => shiftMonth(month, i + 1 - count));
}

/** The year so far and the year as it would end: the months to date, then this month's figure to 31 March. */
export function yearPosition(
  month: string,
  thisMonthPence: number,
  earlierMonthsPence: readonly number[],
): { yearToDatePence: number; projectionPence: number } {
  const yearToDatePence = earlierMonthsPence.reduce((sum, p) => sum + p, thisMonthPence);
  const remaining = 12 - financialYearMonthsTo(month).length;
  return { yearToDatePence, projectionPence: yearToDatePence + thisMonthPence * remaining };
}

/** The last 24 months, newest first, for the month picker; with the month shown, if it is older or ahead. */
export function pickableMonths(today: string, shown: string): string[] {
  const recent = Array.from({ length: 24 }, (_, i) => shiftMonth(monthOf(today), -i));
  return recent.includes(shown) ? recent : [...recent, shown].sort().reverse();
}
