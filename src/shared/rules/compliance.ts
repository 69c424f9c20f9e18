import type { Check, DueRule, MetBy, RecordStatus } from '../domain/requirements.ts';
import type { CpdCheckRule } from '../schemas/requirements.ts';
import type { Role } from '../domain/staff.ts';
import { ROLE_PLURALS } from '../domain/staff.ts';
import { addDays, addMonths, daysBetween, endOfMonth, formatUkDate } from './dates.ts';

/**
 * A requirement's standing, most pressing first. `due` is due within the expiring-soon window; `not_yet_due` is
 * outstanding with its due date further off; `expired` is a certificate past its expiry; `exempt` is required of
 * the role but waived for this person.
 */
export const COMPLIANCE_STATUSES = [
  'overdue',
  'expired',
  'due',
  'expiring_soon',
  'not_yet_due',
  'complete',
  'exempt',
  'not_required',
] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** The word that goes with every status, wherever it is shown: colour never carries the meaning alone. */
export const COMPLIANCE_LABELS: Record<ComplianceStatus, string> = {
  overdue: 'Overdue',
  expired: 'Expired',
  due: 'Due soon',
  expiring_soon: 'Expiring soon',
  not_yet_due: 'Not yet due',
  complete: 'Complete',
  exempt: 'Exempt',
  not_required: 'Not required',
};

/** Whether a status asks anything of the person: not for another role's requirement, nor an exempted one. */
export const isRequired = (status: ComplianceStatus): boolean => status !== 'not_required' && status !== 'exempt';

/** Past its date: overdue, or a certificate that has expired. What blocks a claim and shows red. */
export const isLapsed = (status: ComplianceStatus): boolean => status === 'overdue' || status === 'expired';

export interface RuleFacts {
  roles: readonly Role[];
  due: DueRule;
  renewalMonths: number | null;
  check: Check;
  /** For `record` checks: whether being enrolled in or undertaking the training meets it (else completion only). */
  metBy?: MetBy;
  appliesFrom: string;
  /** For `cpd` checks: may set its own "due soon" window, as a 90-day window would cover all of a 3-month one. */
  cpd?: CpdCheckRule | null;
}

export interface WorkerFacts {
  role: Role;
  startDate: string;
  leavingDate: string | null;
  supervisorId: number | null;
  firstContactId: number | null;
}

export interface RecordFacts {
  status: RecordStatus;
  /** When the training began: an enrolment counts from this day. */
  startDate?: string | null;
  completedOn: string | null;
  expiresOn: string | null;
}

export interface StatusSettings {
  /** How many days before expiry (or the due date) an item turns amber. */
  expiringSoonDays: number;
}

export interface RequirementStatus {
  status: ComplianceStatus;
  /** The due date while not done; the expiry date once done (when it renews); else the completion date. */
  date: string | null;
  reason: string;
}

/** When a requirement falls due for a worker, counted from their start or from when it was added, whichever is later. */
export function dueDate(rule: DueRule, startDate: string, appliesFrom: string): string {
  const base = appliesFrom > startDate ? appliesFrom : startDate;
  switch (rule.type) {
    case 'after_start':
      return addDays(addMonths(base, rule.months ?? 0), rule.days ?? 0);
    case 'fixed_date':
      return rule.date > base ? rule.date : base;
    case 'before_first_claim':
      return endOfMonth(base);
  }
}

/** The record that counts: the latest completion, else the latest booking or course in progress. */
export function currentRecord<R extends RecordFacts>(
  records: readonly R[],
): { completed: R | null; pending: R | null } {
  let completed: R | null = null;
  let pending: R | null = null;
  for (const r of records) {
    if (r.status === 'completed') {
      if (!completed || (r.completedOn ?? '') >= (completed.completedOn ?? '')) completed = r;
    } else {
      pending = r;
    }
  }
  return { completed, pending };
}

export function expiryOf(record: RecordFacts, renewalMonths: number | null): string | null {
  if (record.expiresOn) return record.expiresOn;
  return renewalMonths !== null && record.completedOn ? addMonths(record.completedOn, renewalMonths) : null;
}

type RegisterCheck = 'named_supervisor' | 'named_first_contact';

/** Requirements met by the staff register itself rather than by records. */
const WORKER_CHECKS: Record<RegisterCheck, { met(w: WorkerFacts): boolean; what: string }> = {
  named_supervisor: { met: (w) => w.supervisorId !== null, what: 'A named supervisor' },
  named_first_contact: { met: (w) => w.firstContactId !== null, what: 'A named first point of contact' },
};

const isRegisterCheck = (check: Check): check is RegisterCheck =>
  check === 'named_supervisor' || check === 'named_first_contact';

/** Why a status is what it is, kept as data so the hot path builds no strings. */
export type Cause =
  | 'other_role'
  | 'exempt'
  | 'in_register'
  | 'not_in_register'
  | 'nothing_recorded'
  | 'in_progress'
  | 'enrolled'
  | 'done'
  | 'done_valid'
  | 'expiring'
  | 'expired';

export interface Evaluation {
  status: ComplianceStatus;
  date: string | null;
  cause: Cause;
  completedOn: string | null;
}

// Shared answers for the commonest cases, so the matrix allocates nothing for them.
const OTHER_ROLE: Evaluation = Object.freeze({
  status: 'not_required',
  date: null,
  cause: 'other_role',
  completedOn: null,
});
const EXEMPT: Evaluation = Object.freeze({ status: 'exempt', date: null, cause: 'exempt', completedOn: null });
const IN_REGISTER: Evaluation = Object.freeze({
  status: 'complete',
  date: null,
  cause: 'in_register',
  completedOn: null,
});

/** Outstanding: overdue after the due date, due soon inside the window, else not yet due (booked or not). */
function notDone(due: string, asOf: string, settings: StatusSettings, cause: Cause): Evaluation {
  if (asOf > due) return { status: 'overdue', date: due, cause, completedOn: null };
  if (daysBetween(asOf, due) <= settings.expiringSoonDays)
    return { status: 'due', date: due, cause, completedOn: null };
  return { status: 'not_yet_due', date: due, cause, completedOn: null };
}

/** Enrolled in or undertaking the training on `asOf` (a booking is not yet an enrolment). */
export const enrolledBy = (r: RecordFacts, asOf: string): boolean =>
  (r.status === 'enrolled' || r.status === 'in_progress') && (r.startDate ?? '') <= asOf;

/**
 * One worker's standing on one requirement on a given day, as data. A leaver is judged as at their last day.
 * Pure: everything it needs, including "today", is passed in.
 */
export function evaluateRequirement(
  rule: RuleFacts,
  worker: WorkerFacts,
  records: readonly RecordFacts[],
  exempt: boolean,
  today: string,
  settings: StatusSettings,
): Evaluation {
  if (!rule.roles.includes(worker.role)) return OTHER_ROLE;
  if (exempt) return EXEMPT;
  const dueSoonDays = rule.check === 'cpd' ? rule.cpd?.dueSoonDays : undefined;
  if (dueSoonDays !== undefined && dueSoonDays !== settings.expiringSoonDays)
    return evaluateRequirement(rule, worker, records, exempt, today, { ...settings, expiringSoonDays: dueSoonDays });

  const left = worker.leavingDate !== null && worker.leavingDate < today;
  const asOf = left ? (worker.leavingDate as string) : today;
  const due = dueDate(rule.due, worker.startDate, rule.appliesFrom);

  if (isRegisterCheck(rule.check)) {
    if (WORKER_CHECKS[rule.check].met(worker)) return IN_REGISTER;
    return notDone(due, asOf, settings, 'not_in_register');
  }

  const counted = left ? records.filter((r) => r.status !== 'completed' || (r.completedOn ?? '') <= asOf) : records;
  const { completed, pending } = currentRecord(counted);
  if (!completed) {
    if (pending && rule.check === 'record' && rule.metBy === 'enrolment' && enrolledBy(pending, asOf))
      return { status: 'complete', date: pending.startDate ?? null, cause: 'enrolled', completedOn: null };
    return notDone(due, asOf, settings, pending ? 'in_progress' : 'nothing_recorded');
  }

  const completedOn = completed.completedOn;
  const expires = expiryOf(completed, rule.renewalMonths);
  if (expires === null) return { status: 'complete', date: completedOn, cause: 'done', completedOn };
  if (asOf >= expires) {
    // A certificate expires; a supervision session or an assessment that has lapsed is simply overdue.
    const status = rule.check === 'record' ? 'expired' : 'overdue';
    return { status, date: expires, cause: 'expired', completedOn };
  }
  if (daysBetween(asOf, expires) <= settings.expiringSoonDays) {
    return { status: 'expiring_soon', date: expires, cause: 'expiring', completedOn };
  }
  return { status: 'complete', date: expires, cause: 'done_valid', completedOn };
}

/** The evaluation in plain English, for the worker's page and the claim flags. */
export function describeEvaluation(
  e: Evaluation,
  rule: RuleFacts,
  worker: WorkerFacts,
  exemptionReason: string | null,
): string {
  const date = formatUkDate(e.date);
  const done = formatUkDate(e.completedOn);
  const what = isRegisterCheck(rule.check) ? WORKER_CHECKS[rule.check].what : '';
  if (rule.check === 'supervision') {
    if (e.cause === 'done_valid' || e.cause === 'expiring') return `Last session ${done}; next due by ${date}`;
    if (e.cause === 'expired') return `Last session ${done}; the next was due by ${date}`;
  }
  if (rule.check === 'cpd') {
    if (e.cause === 'done_valid' || e.cause === 'expiring') return `Last logged ${done}; next due by ${date}`;
    if (e.cause === 'expired') return `Last logged ${done}; the next was due by ${date}`;
    if (e.cause === 'in_progress')
      return `Some logged, not yet enough; ${e.status === 'overdue' ? 'was ' : ''}due by ${date}`;
  }
  switch (e.cause) {
    case 'other_role':
      return `Not required for ${ROLE_PLURALS[worker.role]}`;
    case 'exempt':
      return `Exempt: ${exemptionReason ?? ''}`;
    case 'in_register':
      return `${what} is in the register`;
    case 'done':
      return `Completed on ${done}`;
    case 'enrolled':
      return e.date === null ? 'Enrolled; no start date recorded' : `Enrolled since ${date}`;
    case 'done_valid':
      return `Completed on ${done}; valid until ${formatUkDate(e.date ? addDays(e.date, -1) : null)}`;
    case 'expiring':
      return `Expires on ${date}; book the renewal`;
    case 'expired':
      return `Expired on ${date} (completed ${done}); renew it`;
    default: {
      const deadline = e.status === 'overdue' ? `was due by ${date}` : `due by ${date}`;
      if (e.cause === 'not_in_register') return `${what} is not in the register yet; ${deadline}`;
      if (e.cause === 'in_progress') return `In progress; ${deadline}`;
      if (e.status === 'due') return `Not started; ${deadline}`;
      return `Nothing recorded yet; ${deadline}`;
    }
  }
}

/** Status, date and reason together: what a person reads. */
export function requirementStatus(
  rule: RuleFacts,
  worker: WorkerFacts,
  records: readonly RecordFacts[],
  exemptionReason: string | null,
  today: string,
  settings: StatusSettings,
): RequirementStatus {
  const e = evaluateRequirement(rule, worker, records, exemptionReason !== null, today, settings);
  return { status: e.status, date: e.date, reason: describeEvaluation(e, rule, worker, exemptionReason) };
}

/** The worst status in a group (an induction checklist, a worker's whole row). */
const SEVERITY: Record<ComplianceStatus, number> = {
  not_required: 0,
  exempt: 0,
  complete: 1,
  not_yet_due: 2,
  expiring_soon: 3,
  due: 3,
  expired: 4,
  overdue: 4,
};

export function worse(a: ComplianceStatus, b: ComplianceStatus): ComplianceStatus {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

export function worstStatus(statuses: readonly ComplianceStatus[]): ComplianceStatus {
  return statuses.reduce<ComplianceStatus>((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), 'not_required');
}
