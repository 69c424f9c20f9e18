import { addMonths } from '../../../../shared/rules/dates.ts';

export { formatMonth as monthName } from '../../../../shared/rules/dates.ts';

/** Whether an address's month is a real month, written YYYY-MM. */
export const isMonth = (month: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(month);

/** The claim being prepared: last month's until its claim day has passed, then this month's. */
export function currentClaimMonth(today: string, claimDay: number): string {
  const thisMonth = today.slice(0, 7);
  return Number(today.slice(8, 10)) <= claimDay ? addMonths(`${thisMonth}-01`, -1).slice(0, 7) : thisMonth;
}

/** The last 24 months, newest first, for the month picker; with the month shown, if it is older or ahead. */
export function pickableMonths(today: string, shown: string): string[] {
  const recent = Array.from({ length: 24 }, (_, i) => addMonths(`${today.slice(0, 7)}-01`, -i).slice(0, 7));
  return recent.includes(shown) ? recent : [...recent, shown].sort().reverse();
}
