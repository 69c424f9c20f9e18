import type { TrainingTime } from '../rules/training-time.ts';
import type { PayFields } from '../schemas/claims.ts';
import type { MissingRate } from './rates.ts';
import type { Role } from './staff.ts';

export type { PayFields };

export const CLAIM_STATUSES = ['draft', 'checked', 'submitted', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  checked: 'Checked',
  submitted: 'Submitted',
  paid: 'Paid',
};

export type { ArrsSumRate, MissingRate, Rate, RateArea } from './rates.ts';

export interface ReadinessFlag {
  requirementId: string;
  title: string;
  kind: string;
  date: string | null;
  reason: string;
  /** Set when no ARRS maximum is known for the month: the period that entering one would fill. */
  missingRate?: MissingRate;
}

export interface ClaimLineView {
  workerId: number;
  name: string;
  role: Role;
  startDate: string;
  leavingDate: string | null;
  hoursPerWeek: number;
  subcontracted: boolean;
  daysInPost: number;
  daysInMonth: number;
  wte: number;
  salaryPence: number;
  niPence: number;
  pensionPence: number;
  costPence: number;
  contributionPence: number;
  capPence: number;
  claimablePence: number;
  /** Why no cap could be worked out: no rate, or no pay on record. */
  problem: string | null;
  blocking: ReadinessFlag[];
  warnings: ReadinessFlag[];
  nwrsConfirmed: boolean;
  meetsTrainingRequirements: boolean;
  trainingReason: string;
  /**
   * Training towards a level 3 standard in the month, shown apart: it does not change what is claimed. Absent from
   * claims submitted before it was worked out.
   */
  trainingTime?: TrainingTime;
  /** This claim version's decision on the line, if any: excluded from the month, or claimed despite its flags. */
  decision?: LineDecision;
}

export const LINE_DECISIONS = ['exclude', 'override'] as const;
export type LineDecisionKind = (typeof LINE_DECISIONS)[number];

/** Why a blocked line is left out of this month (to be claimed later) or claimed despite its flags. */
export interface LineDecision {
  decision: LineDecisionKind;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export interface ClaimMonth {
  month: string;
  financialYear: string;
  /** Evaluated as at the earlier of the month's last day and today. */
  asOf: string;
  lines: ClaimLineView[];
  totalPence: number;
  blockedLines: number;
}

export interface ClaimRecord {
  id: number;
  month: string;
  version: number;
  status: ClaimStatus;
  createdAt: string;
  submittedOn: string | null;
  portalReference: string | null;
  paidOn: string | null;
  /** When and why a checked claim went back to draft: its figures or flags changed after it was checked. */
  revertedAt: string | null;
  revertedReason: string | null;
}

export interface LineChange {
  workerId: number;
  name: string;
  beforePence: number | null;
  afterPence: number | null;
}

export interface ClaimView {
  claim: ClaimRecord | null;
  versions: ClaimRecord[];
  /** The frozen snapshot once submitted, else computed now. */
  data: ClaimMonth;
  frozen: boolean;
  /** Against the latest submitted version, when this is an amendment. */
  changes: LineChange[];
  claimDueOn: string;
}

/** The PCN's year so far: every month's claimable total to date, and the projection to 31 March. */
export interface PcnPosition {
  month: string;
  yearToDatePence: number;
  projectionPence: number;
  /** Weighted population × the year's rate per weighted patient; null until the population is set. */
  arrsSumPence: number | null;
  warning: string | null;
}

export interface ClaimReadiness {
  month: string;
  claimDueOn: string;
  frozen: boolean;
  lines: number;
  blockedLines: number;
}

/** One month in the financial year's list of claims. */
export interface ClaimYearMonth {
  month: string;
  /** False for a month that has not begun: there is nothing to claim yet. */
  open: boolean;
  /** The latest version, or null when no claim has been started. */
  claim: ClaimRecord | null;
  /** The submitted figures once submitted, otherwise as they stand; null for a month not yet open. */
  totalPence: number | null;
  lines: number | null;
  blockedLines: number | null;
}

export interface ClaimYear {
  financialYear: string;
  months: ClaimYearMonth[];
}

/** What a one-step NWRS confirmation (or its undo) changed, and the month as it now stands. */
export interface NwrsBulkResult {
  /** Lines whose confirmation was added (or removed); lines already so are left as they were. */
  changed: number;
  view: ClaimView;
}
