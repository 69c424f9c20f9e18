import { addMonths } from '../../../../shared/rules/dates.ts';

export { formatMonth as monthName } from '../../../../shared/rules/dates.ts';

/** The claim being prepared: last month's until its claim day has passed, then this month's. */
export function currentClaimMonth(today: string, claimDay: number): string {
  const thisMonth = today.slice(0, 7);
  return Number(today.slice(8, 10)) <= claimDay ? addMonths(`${thisMonth}-01`, -1).slice(0, 7) : thisMonth;
}

/** The last 24 months, newest first, for the month picker. */
export function recentMonths(today: string): string[] {
  return Array.from({ length: 24 }, (_, i) => addMonths(`${today.slice(0, 7)}-01`, -i).slice(0, 7));
}
