/**
 * What a typed date, month, financial year or amount can plausibly be. A value outside these is a slip (a year
 * typed as 0000 or 9999, pence for pounds), refused before it is stored. Setting-free: the windows are facts of
 * the scheme and of a working life, and "today" is a parameter.
 */
import { addMonths, financialYearOf, formatMonth, formatUkDate } from './dates.ts';

/** The years any date typed into Linkwork falls in, checked before any calendar arithmetic, so no loop runs on. */
export const CALENDAR_YEARS = { first: 1900, last: 2199 } as const;

/** Whether an ISO date's year is within `CALENDAR_YEARS`. */
export const isCalendarYear = (iso: string): boolean => {
  const year = Number(iso.slice(0, 4));
  return year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last;
};

/** ARRS began with the 2019/20 network contract: no claim, maximum or pay figure for it is earlier. */
export const ARRS_BEGAN = '2019-04-01';
/** How far ahead a claim month can be opened: there is nothing to claim further out. */
export const CLAIM_MONTHS_AHEAD = 12;
/** A working life: nobody still on the register started more than this long ago. */
const YEARS_BACK = 60;
/** Nothing is planned (a leaving date, a maximum, an expiry) further ahead than this. */
const YEARS_AHEAD = 10;

export type DateKind =
  /** Something that has happened: a session held, training completed, a claim submitted or paid. */
  | 'past'
  /** A date in someone's working life or planned ahead: started, leaves, paid from, due, expires. */
  | 'working'
  /** A date of an ARRS figure (a maximum and when it applies): not before the scheme began. */
  | 'arrs';

export interface DateWindow {
  from: string;
  to: string;
}

const yearsFrom = (today: string, years: number): string => addMonths(today, years * 12);

export function dateWindow(kind: DateKind, today: string): DateWindow {
  const from = kind === 'arrs' ? ARRS_BEGAN : yearsFrom(today, -YEARS_BACK);
  return { from, to: kind === 'past' ? today : yearsFrom(today, YEARS_AHEAD) };
}

/** Why a date (of the thing `what` names) is implausible on `today`, or null when it is plausible. */
export function dateProblem(iso: string, kind: DateKind, today: string, what: string): string | null {
  const { from, to } = dateWindow(kind, today);
  if (iso > to)
    return kind === 'past'
      ? `The ${what} cannot be in the future`
      : `The ${what} cannot be after ${formatUkDate(to)}: check the year`;
  if (iso < from)
    return kind === 'arrs'
      ? `The ${what} cannot be before ${formatUkDate(from)}, when ARRS began`
      : `The ${what} cannot be before ${formatUkDate(from)}: check the year`;
  return null;
}

/** The months a claim can be for on `today`: from April 2019 to a year ahead. */
export function claimMonthWindow(today: string): { first: string; last: string } {
  return { first: ARRS_BEGAN.slice(0, 7), last: addMonths(`${today.slice(0, 7)}-01`, CLAIM_MONTHS_AHEAD).slice(0, 7) };
}

/** Why there can be no claim for a month (`YYYY-MM`) on `today`, or null when there can. */
export function claimMonthProblem(month: string, today: string): string | null {
  const { first, last } = claimMonthWindow(today);
  if (month < first) return `ARRS claims began in April 2019, so there is no claim for ${formatMonth(month)}.`;
  if (month > last)
    return `${formatMonth(month)} is too far ahead: a claim month can be opened up to ${CLAIM_MONTHS_AHEAD} months ahead.`;
  return null;
}

/** Why an ARRS figure cannot be for a financial year (`2026/27`) on `today`, or null when it can. */
export function financialYearProblem(financialYear: string, today: string): string | null {
  const first = financialYearOf(ARRS_BEGAN);
  const last = financialYearOf(yearsFrom(today, YEARS_AHEAD));
  if (financialYear < first) return `ARRS began in ${first}, so there is nothing for ${financialYear}`;
  if (financialYear > last) return `${financialYear} is too far ahead: use a year up to ${last}`;
  return null;
}

/** The most a year's pay, pension or ARRS figure can plausibly be: £1,000,000. Above it is a slip. */
export const MAX_ANNUAL_PENCE = 100_000_000;
/** The same ceiling for a month's figure. */
export const MAX_MONTHLY_PENCE = Math.ceil(MAX_ANNUAL_PENCE / 12);
