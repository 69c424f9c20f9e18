/**
 * A link worker's caseload as numbers only: per calendar month, what they did and whom they support. Never a
 * patient's name, NHS number or date of birth.
 */

export const CASELOAD_COUNTS = [
  'referralsAccepted',
  'referralsDeclined',
  'contacts',
  'supportedAtEnd',
  'supportEnded',
] as const;
export type CaseloadCount = (typeof CASELOAD_COUNTS)[number];

/** Each count's words and the most a single month could plausibly hold (the database holds the same ceilings). */
export const CASELOAD_COUNT_INFO: Record<CaseloadCount, { label: string; short: string; max: number }> = {
  referralsAccepted: { label: 'New referrals accepted', short: 'Accepted', max: 1000 },
  referralsDeclined: { label: 'Referrals declined', short: 'Declined', max: 1000 },
  contacts: { label: 'Contacts made', short: 'Contacts', max: 10000 },
  supportedAtEnd: { label: 'People supported at the end of the month', short: 'Supported at month end', max: 2000 },
  supportEnded: { label: 'People whose support ended', short: 'Support ended', max: 2000 },
};

export type CaseloadCounts = Record<CaseloadCount, number>;

/** One month's figures; `month` is `YYYY-MM`. */
export interface CaseloadMonth extends CaseloadCounts {
  month: string;
}

/** The norms a lead compares caseloads with (settings; NHS England's 200–250 people a year and 6–12 contacts). */
export interface CaseloadThresholds {
  peoplePerYearMin: number;
  peoplePerYearMax: number;
  contactsPerPersonMin: number;
  contactsPerPersonMax: number;
}

export const DEFAULT_CASELOAD_THRESHOLDS: CaseloadThresholds = {
  peoplePerYearMin: 200,
  peoplePerYearMax: 250,
  contactsPerPersonMin: 6,
  contactsPerPersonMax: 12,
};

/**
 * Where a figure stands against its norm; `unknown` when there is nothing to compare, `incomplete` when it is
 * below the norm only because months are missing (more figures can only add people).
 */
export type NormFlag = 'below' | 'within' | 'above' | 'unknown' | 'incomplete';

/** A worker's figures over the 12 complete months before today's month (or fewer, from when they started). */
export interface CaseloadFigures {
  /** The first and last month of the window, `YYYY-MM`. */
  fromMonth: string;
  toMonth: string;
  /** Months of the window the worker was in post, and of those, how many have figures. */
  monthsInPost: number;
  monthsRecorded: number;
  /** People supported at the window's start plus new referrals accepted within it. */
  peopleSupported: number;
  contacts: number;
  /** Contacts ÷ people supported; null when no one was supported. */
  contactsPerPerson: number | null;
  /** The norm for people, pro-rated to the months in post and the worker's whole-time equivalent. */
  expectedPeople: { min: number; max: number };
  peopleFlag: NormFlag;
  contactsFlag: NormFlag;
}

/** One link worker's row on the lead's caseload page. */
export interface CaseloadOverviewRow {
  workerId: number;
  name: string;
  wte: number;
  figures: CaseloadFigures;
}

export interface CaseloadOverview {
  thresholds: CaseloadThresholds;
  rows: CaseloadOverviewRow[];
}

/** A worker's months (newest first) and their figures against the norms. */
export interface WorkerCaseload {
  months: CaseloadMonth[];
  figures: CaseloadFigures;
  thresholds: CaseloadThresholds;
  /** The months the grid offers: from the later of their start and 12 months ago, to this month; newest first. */
  editableMonths: string[];
}

export interface CaseloadImportResult {
  months: number;
  workers: number;
}
