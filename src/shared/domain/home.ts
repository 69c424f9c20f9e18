/** What each role's home page shows (backend/home/): the wire types of home.lead, home.supervisor and home.mine. */

/** A person named on a home page, with the way to their page. */
export interface PersonLink {
  id: number;
  name: string;
}

/** Requirements (cells of the matrix) and the people they belong to. */
export interface ItemCount {
  items: number;
  people: number;
}

/** The windows the lead's home counts "expiring within" for; each is a filter of the matrix (`?within=30`). */
export const EXPIRY_WINDOWS = [30, 60, 90] as const;
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number];

/** The compliance % at one month end: people in post then, records as they stood then. */
export interface TrendPoint {
  monthEnd: string;
  percent: number;
}

export interface ClaimDeadline {
  /** YYYY-MM: the claim being prepared today. */
  month: string;
  dueOn: string;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number;
  lines: number;
  blockedLines: number;
  /** Submitted: its figures no longer change. */
  frozen: boolean;
}

export interface AssessmentWaiting {
  id: number;
  workerId: number;
  workerName: string;
  submittedAt: string | null;
}

export interface RecentChange {
  id: number;
  at: string;
  actor: string;
  /** What happened, in words. */
  summary: string;
  workerId: number | null;
}

export interface LeadHome {
  today: string;
  /** As the matrix headline shows it (leavers left out): null when nothing is required of anyone yet. */
  compliance: { percent: number | null; required: number; compliant: number };
  /** The last 12 month ends, oldest first; months before the PCN had anyone in post are left out. */
  trend: TrendPoint[];
  overdue: ItemCount;
  expired: ItemCount;
  expiring: ({ days: ExpiryWindow } & ItemCount)[];
  /** Null when there is no claim month to prepare (no claim settings yet). */
  claim: ClaimDeadline | null;
  supervisionOverdue: PersonLink[];
  assessmentsWaiting: AssessmentWaiting[];
  withoutSupervisor: PersonLink[];
  recentChanges: RecentChange[];
}

export interface SuperviseeSummary extends PersonLink {
  /** The next supervision session due (from the supervision requirement), or null when none is required. */
  nextSessionDue: string | null;
  /** True when that date has passed. */
  sessionOverdue: boolean;
  /** Sessions with this worker still waiting for the supervisor's signature. */
  sessionsToSign: { id: number; date: string }[];
  /** Assessments submitted by this worker for the supervisor to review. */
  assessmentsToReview: { id: number; submittedAt: string | null }[];
}

export interface SupervisorHome {
  today: string;
  /** The supervisor (a colleague), or null when the caller supervises no one. */
  supervisor: PersonLink | null;
  supervisees: SuperviseeSummary[];
}

/** Where a to-do leads: a tab of the worker's page, a supervision session or an assessment. */
export type NextStepLink =
  | { to: 'training' | 'induction' | 'supervision' | 'competencies'; requirementId: string | null }
  | { to: 'session'; sessionId: number }
  | { to: 'assessment'; assessmentId: number };

export interface NextStep {
  /** The date it is due (or lapsed on); null when it has none. */
  date: string | null;
  /** Overdue or expired already. */
  lapsed: boolean;
  /** In words: "Fire safety: expires 03/12/2026". */
  what: string;
  link: NextStepLink;
}

export interface WorkerHome {
  today: string;
  worker: PersonLink;
  /** In date order, lapsed first; undated steps last. */
  steps: NextStep[];
}
