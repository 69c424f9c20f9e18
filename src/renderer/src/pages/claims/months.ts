import { addMonths, formatUkDate } from '../../../../shared/rules/dates.ts';

const NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2025-10` → `October 2025`. */
export function monthName(month: string): string {
  return `${NAMES[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}

/** The claim being prepared: last month's until its claim day has passed, then this month's. */
export function currentClaimMonth(today: string, claimDay: number): string {
  const thisMonth = today.slice(0, 7);
  return Number(today.slice(8, 10)) <= claimDay ? addMonths(`${thisMonth}-01`, -1).slice(0, 7) : thisMonth;
}

/** The last 24 months, newest first, for the month picker. */
export function recentMonths(today: string): string[] {
  return Array.from({ length: 24 }, (_, i) => addMonths(`${today.slice(0, 7)}-01`, -i).slice(0, 7));
}

export const dueText = (date: string) => formatUkDate(date);
