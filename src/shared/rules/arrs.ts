import { dayNumber, endOfMonth } from './dates.ts';
import { roundPence } from './money.ts';

/** A maximum reimbursable amount for 1.0 WTE, from the date it takes effect (backdated changes included). */
export interface RateEntry {
  role: string;
  annualMaxPence: number;
  effectiveFrom: string;
}

/** The rate in force for a role in a month: the one with the latest effective date on or before the month's end. */
export function rateFor<R extends RateEntry>(rates: readonly R[], role: string, month: string): R | null {
  const monthEnd = endOfMonth(`${month}-01`);
  let best: R | null = null;
  for (const r of rates) {
    if (r.role === role && r.effectiveFrom <= monthEnd && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  }
  return best;
}

export interface ClaimInput {
  /** `YYYY-MM`. */
  month: string;
  startDate: string;
  leavingDate: string | null;
  hoursPerWeek: number;
  fullTimeHours: number;
  /** Hours above full time count towards WTE up to this many hours a week. */
  claimableHoursLimit: number;
  annualMaxPence: number;
  salaryPence: number;
  employerNiPence: number;
  employerPensionPence: number;
  subcontracted: boolean;
  /** The sub-contracted provider's contribution cap: £200 a month per WTE, and £200 a month at most. */
  contributionPencePerMonthPerWte: number;
}

export interface ClaimLine {
  daysInPost: number;
  daysInMonth: number;
  wte: number;
  costPence: number;
  contributionPence: number;
  capPence: number;
  claimablePence: number;
}

/** Days from `from` to `to` inclusive, or 0 when they do not overlap. */
function overlapDays(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/**
 * One worker's line for one claim month, in integer pence:
 * cap = annual maximum ÷ 12 × WTE × days in post ÷ days in month;
 * contribution (sub-contracted only) = £200 × min(WTE, 1) × days in post ÷ days in month;
 * claimable = the lower of cost + contribution and the cap.
 * Each amount is rounded to the penny once, at the end, by `roundPence`.
 */
export function claimLine(input: ClaimInput): ClaimLine {
  const first = `${input.month}-01`;
  const last = endOfMonth(first);
  const daysInMonth = overlapDays(first, last);
  const from = input.startDate > first ? input.startDate : first;
  const to = input.leavingDate !== null && input.leavingDate < last ? input.leavingDate : last;
  const daysInPost = from <= to ? overlapDays(from, to) : 0;
  const share = daysInPost / daysInMonth;
  const wte = Math.min(input.hoursPerWeek, input.claimableHoursLimit) / input.fullTimeHours;

  const capPence = roundPence((input.annualMaxPence / 12) * wte * share);
  const contributionPence = input.subcontracted
    ? roundPence(input.contributionPencePerMonthPerWte * Math.min(wte, 1) * share)
    : 0;
  const costPence = input.salaryPence + input.employerNiPence + input.employerPensionPence;
  const claimablePence = daysInPost === 0 ? 0 : Math.min(costPence + contributionPence, capPence);
  return { daysInPost, daysInMonth, wte, costPence, contributionPence, capPence, claimablePence };
}
