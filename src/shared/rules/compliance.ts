import type { Check, DueRule, RecordStatus } from '../domain/requirements.ts';
import type { Role } from '../domain/staff.ts';
import { ROLE_PLURALS } from '../domain/staff.ts';
import { addDays, addMonths, daysBetween, endOfMonth, formatUkDate } from './dates.ts';

export const COMPLIANCE_STATUSES = ['not_required', 'complete', 'expiring_soon', 'due', 'overdue', 'missing'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const COMPLIANCE_LABELS: Record<ComplianceStatus, string> = {
  not_required: 'Not required',
  complete: 'Complete',
  expiring_soon: 'Expiring soon',
  due: 'Due',
  overdue: 'Overdue',
  missing: 'Missing',
};

export interface RuleFacts {
  roles: readonly Role[];
  due: DueRule;
  renewalMonths: number | null;
  check: Check;
  appliesFrom: string;
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

const WORKER_CHECKS: Record<Exclude<Check, 'record'>, { met(w: WorkerFacts): boolean; what: string }> = {
  named_supervisor: { met: (w) => w.supervisorId !== null, what: 'A named supervisor' },
  named_first_contact: { met: (w) => w.firstContactId !== null, what: 'A named first point of contact' },
};

function notDone(
  due: string,
  asOf: string,
  settings: StatusSettings,
  started: boolean,
  what: string,
): RequirementStatus {
  if (asOf > due) return { status: 'overdue', date: due, reason: `${what} was due by ${formatUkDate(due)}` };
  if (started) return { status: 'due', date: due, reason: `In progress; due by ${formatUkDate(due)}` };
  if (daysBetween(asOf, due) <= settings.expiringSoonDays) {
    return { status: 'due', date: due, reason: `Not started; due by ${formatUkDate(due)}` };
  }
  return { status: 'missing', date: due, reason: `Nothing recorded yet; due by ${formatUkDate(due)}` };
}

/**
 * One worker's standing on one requirement on a given day. A leaver is judged as at their last day.
 * Pure: everything it needs, including "today", is passed in.
 */
export function requirementStatus(
  rule: RuleFacts,
  worker: WorkerFacts,
  records: readonly RecordFacts[],
  exemptionReason: string | null,
  today: string,
  settings: StatusSettings,
): RequirementStatus {
  if (!rule.roles.includes(worker.role)) {
    return { status: 'not_required', date: null, reason: `Not required for ${ROLE_PLURALS[worker.role]}` };
  }
  if (exemptionReason !== null) return { status: 'not_required', date: null, reason: `Exempt: ${exemptionReason}` };

  const asOf = worker.leavingDate !== null && worker.leavingDate < today ? worker.leavingDate : today;
  const due = dueDate(rule.due, worker.startDate, rule.appliesFrom);

  if (rule.check !== 'record') {
    const check = WORKER_CHECKS[rule.check];
    if (check.met(worker)) return { status: 'complete', date: null, reason: `${check.what} is in the register` };
    return notDone(due, asOf, settings, false, check.what);
  }

  const { completed, pending } = currentRecord(
    records.filter((r) => (r.completedOn ?? '') <= asOf || r.status !== 'completed'),
  );
  if (!completed) return notDone(due, asOf, settings, pending !== null, 'It');

  const expires = expiryOf(completed, rule.renewalMonths);
  const done = formatUkDate(completed.completedOn);
  if (expires === null) return { status: 'complete', date: completed.completedOn, reason: `Completed on ${done}` };
  if (asOf >= expires) {
    return {
      status: 'overdue',
      date: expires,
      reason: `Expired on ${formatUkDate(expires)} (completed ${done}); renew it`,
    };
  }
  if (daysBetween(asOf, expires) <= settings.expiringSoonDays) {
    return { status: 'expiring_soon', date: expires, reason: `Expires on ${formatUkDate(expires)}; book the renewal` };
  }
  return {
    status: 'complete',
    date: expires,
    reason: `Completed on ${done}; valid until ${formatUkDate(addDays(expires, -1))}`,
  };
}

/** The worst status in a group (an induction checklist, a worker's whole row). */
const SEVERITY: Record<ComplianceStatus, number> = {
  not_required: 0,
  complete: 1,
  expiring_soon: 2,
  missing: 3,
  due: 3,
  overdue: 4,
};

export function worstStatus(statuses: readonly ComplianceStatus[]): ComplianceStatus {
  return statuses.reduce<ComplianceStatus>((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), 'not_required');
}
