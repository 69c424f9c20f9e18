import type { CaseloadFigures, CaseloadMonth, CaseloadThresholds, NormFlag } from '../domain/caseload.ts';

/** `2026-11-24` → `2026-11`. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** A `YYYY-MM` month moved by whole months. */
export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  const m = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${m < 10 ? '0' : ''}${m}`;
}

/** Every month from `from` to `to`, both included, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = shiftMonth(m, 1)) months.push(m);
  return months;
}

/** The rolling window: the 12 complete months before today's month. */
export function rollingWindow(today: string): { fromMonth: string; toMonth: string } {
  const current = monthOf(today);
  return { fromMonth: shiftMonth(current, -12), toMonth: shiftMonth(current, -1) };
}

export interface CaseloadWorker {
  startDate: string;
  leavingDate: string | null;
  /** Whole-time equivalent: contracted hours over the PCN's full-time week. */
  wte: number;
}

export function flagOf(value: number | null, min: number, max: number): NormFlag {
  if (value === null) return 'unknown';
  if (value < min) return 'below';
  if (value > max) return 'above';
  return 'within';
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/**
 * How many people a worker was supporting as the window opened: the month before's "supported at month end" or,
 * as the grid does not offer that month, worked back from the first month recorded in the window (supported at
 * its end, less its new referrals, plus those whose support ended in it). Null when neither can be known, or the
 * counts worked back from cannot be right (a report of referrals alone leaves the month-end count at 0).
 */
export function openingCaseload(months: readonly CaseloadMonth[], fromMonth: string, toMonth: string): number | null {
  const before = months.find((m) => m.month === shiftMonth(fromMonth, -1));
  if (before) return before.supportedAtEnd;
  const first = months
    .filter((m) => m.month >= fromMonth && m.month <= toMonth)
    .reduce<CaseloadMonth | null>((best, m) => (best === null || m.month < best.month ? m : best), null);
  if (!first) return null;
  const opening = first.supportedAtEnd - first.referralsAccepted + first.supportEnded;
  return opening >= 0 ? opening : null;
}

/**
 * A worker's caseload over the rolling 12 months. People supported = those supported at the window's start
 * (openingCaseload) plus the new referrals accepted in the window, so nobody is counted twice. The 200–250 a year
 * norm is pro-rated to the window's months the worker was in post and to their whole-time equivalent (a part-timer
 * supports fewer people); with no months recorded, nothing is flagged. With months missing or the opening caseload
 * unknown, the people counted are a floor: "below" (and, per person, "above") is not claimed but "Months missing".
 */
export function caseloadFigures(
  months: readonly CaseloadMonth[],
  worker: CaseloadWorker,
  thresholds: CaseloadThresholds,
  today: string,
): CaseloadFigures {
  const { fromMonth, toMonth } = rollingWindow(today);
  const firstInPost = monthOf(worker.startDate) > fromMonth ? monthOf(worker.startDate) : fromMonth;
  const lastInPost =
    worker.leavingDate && monthOf(worker.leavingDate) < toMonth ? monthOf(worker.leavingDate) : toMonth;
  const monthsInPost = firstInPost <= lastInPost ? monthsBetween(firstInPost, lastInPost).length : 0;

  const inWindow = months.filter((m) => m.month >= fromMonth && m.month <= toMonth);
  const opening = openingCaseload(months, fromMonth, toMonth);
  const peopleSupported = (opening ?? 0) + inWindow.reduce((sum, m) => sum + m.referralsAccepted, 0);
  const contacts = inWindow.reduce((sum, m) => sum + m.contacts, 0);
  const contactsPerPerson = peopleSupported > 0 ? oneDecimal(contacts / peopleSupported) : null;

  const share = (monthsInPost / 12) * worker.wte;
  const expectedPeople = {
    min: Math.round(thresholds.peoplePerYearMin * share),
    max: Math.round(thresholds.peoplePerYearMax * share),
  };
  const recorded = inWindow.length > 0;
  const peopleFloorOnly = opening === null || inWindow.length < monthsInPost;
  const peopleFlag = recorded ? flagOf(peopleSupported, expectedPeople.min, expectedPeople.max) : 'unknown';
  const contactsFlag = recorded
    ? flagOf(contactsPerPerson, thresholds.contactsPerPersonMin, thresholds.contactsPerPersonMax)
    : 'unknown';
  return {
    fromMonth,
    toMonth,
    monthsInPost,
    monthsRecorded: inWindow.length,
    peopleSupported,
    contacts,
    contactsPerPerson,
    expectedPeople,
    peopleFlag: peopleFlag === 'below' && peopleFloorOnly ? 'incomplete' : peopleFlag,
    contactsFlag: contactsFlag === 'above' && opening === null ? 'incomplete' : contactsFlag,
  };
}

/** Why a month cannot hold figures for this worker, or null when it can: not in the future, not before they started. */
export function monthProblem(month: string, startDate: string, today: string): string | null {
  if (month > monthOf(today)) return 'Figures cannot be entered for a month still to come';
  if (month < monthOf(startDate)) return 'This is before the worker started';
  return null;
}

/** The thresholds' problems by field: each minimum below its maximum. */
export function thresholdProblems(t: CaseloadThresholds): Partial<Record<keyof CaseloadThresholds, string>> {
  const problems: Partial<Record<keyof CaseloadThresholds, string>> = {};
  if (t.peoplePerYearMin > t.peoplePerYearMax)
    problems.peoplePerYearMax = 'The most people a year cannot be below the fewest';
  if (t.contactsPerPersonMin > t.contactsPerPersonMax)
    problems.contactsPerPersonMax = 'The most contacts per person cannot be below the fewest';
  return problems;
}

export const NORM_FLAG_WORDS: Record<NormFlag, string> = {
  below: 'Below the norm',
  within: 'Within the norm',
  above: 'Above the norm',
  unknown: 'No figures yet',
  incomplete: 'Months missing',
};

/**
 * What a new supervision session's caseload fields start from: the latest month with figures on or before the
 * session's month (people supported at its end, and its new referrals). Still editable on the form.
 */
export function supervisionPrefill(
  months: readonly CaseloadMonth[],
  sessionDate: string,
): { month: string; supportedNow: number; newReferrals: number } | null {
  const latest = months
    .filter((m) => m.month <= monthOf(sessionDate))
    .reduce<CaseloadMonth | null>((best, m) => (best === null || m.month > best.month ? m : best), null);
  return latest && { month: latest.month, supportedNow: latest.supportedAtEnd, newReferrals: latest.referralsAccepted };
}
