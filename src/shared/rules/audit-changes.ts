import type { AuditChange } from '../domain/audit.ts';
import { CLAIM_STATUS_LABELS } from '../domain/claims.ts';
import { ACTION_STATUS_LABELS, ASSESSMENT_STATUS_LABELS } from '../domain/competencies.ts';
import { fieldLabel } from '../domain/labels.ts';
import { EMPLOYER_KIND_LABELS } from '../domain/pcn.ts';
import { AREA_LABELS, MARK_LABELS } from '../domain/rates.ts';
import { RECORD_STATUS_LABELS, REQUIREMENT_KIND_LABELS } from '../domain/requirements.ts';
import { ROLE_LABELS } from '../domain/staff.ts';
import { formatMonth, formatUkDate, formatUkDateTime, isIsoDate } from './dates.ts';
import { formatBasisPoints, formatPounds, formatTenthPence } from './money.ts';

/** The name a stored reference is known by (`employerId: 3` → "Riverside Surgery"), or null when unknown. */
export type NameOf = (key: string, id: number | string) => string | null;

/** The fields an entry changed, before and after, in words; for a creation or removal, the whole record. */
export function changesOf(entity: string, before: unknown, after: unknown, nameOf: NameOf): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  // A change lists the fields that changed; a creation or removal the fields that hold something.
  const keys = Object.keys(a ?? b ?? {}).filter(
    (key) =>
      !HIDDEN.has(key) && (b && a ? JSON.stringify(b[key]) !== JSON.stringify(a[key]) : !isEmpty((a ?? b)?.[key])),
  );
  const say = (key: string, value: unknown) => valueInWords(entity, key, value, nameOf);
  return keys.map((key) => ({
    field: LABELS[key] ?? fieldLabel(key),
    before: b ? say(key, b[key]) : null,
    after: a ? say(key, a[key]) : null,
  }));
}

/** A change's values as read: "30 → 22.5", or the one value of a creation or removal. */
export const valuesInWords = ({ before, after }: AuditChange): string =>
  before !== null && after !== null ? `${before} → ${after}` : (after ?? before ?? '');

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** A record's own id says nothing to a reader; the entry already names what it is about. */
const HIDDEN = new Set(['id']);

const LABELS: Record<string, string> = {
  workerId: 'worker',
  workerName: 'worker',
  requirementId: 'requirement',
  frameworkId: 'framework',
  colleagueId: 'supervisor or contact',
  status: 'status',
  startDate: 'start date',
  completedOn: 'completion date',
  expiresOn: 'expiry date',
  signedOffBy: 'signed off by',
  createdAt: 'recorded at',
  selfReported: 'recorded by the worker themself',
  verifiedAt: 'verified at',
  verifiedBy: 'verified by',
  trainingHours: 'hours spent',
  reimbursable: 'towards a level 3 standard (reimbursable)',
  effectiveFrom: 'takes effect',
  effectiveTo: 'last day',
  annualMaxPence: 'annual maximum',
  annualSalaryPence: 'salary a year',
  ni: "employer's NI",
  pension: "employer's pension",
  financialYear: 'financial year',
  tenthPence: 'sum per weighted patient',
  backdated: 'backdated',
  salaryPence: 'monthly salary',
  niPence: "employer's NI",
  pensionPence: "employer's pension",
  feesPence: 'monthly fees',
  reason: 'reason',
  decision: 'decision',
  decidedBy: 'decided by',
  decidedAt: 'decided at',
  targetDate: 'target date',
  description: 'description',
  date: 'date',
  nextDate: 'next session',
};

/** Statuses by the kind of record they belong to: a claim's "submitted" is not an assessment's. */
const STATUS_WORDS: Record<string, Record<string, string>> = {
  training_record: RECORD_STATUS_LABELS,
  assessment: ASSESSMENT_STATUS_LABELS,
  claim: CLAIM_STATUS_LABELS,
  development_action: ACTION_STATUS_LABELS,
  supervision_action: ACTION_STATUS_LABELS,
};

const CODE_WORDS: Record<string, Record<string, string>> = {
  role: ROLE_LABELS,
  area: AREA_LABELS,
  mark: MARK_LABELS,
  kind: { ...EMPLOYER_KIND_LABELS, ...REQUIREMENT_KIND_LABELS },
  decision: { exclude: 'excluded, to be claimed later', override: 'claimed despite its flags' },
  origin: { catalogue: 'from the rates catalogue', local: 'entered in Linkwork' },
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CLAIM_MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const NONE = '—';

function valueInWords(entity: string, key: string, value: unknown, nameOf: NameOf): string {
  if (isEmpty(value)) return NONE;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (key === 'tenthPence') return formatTenthPence(value);
    if (key.endsWith('Pence')) return formatPounds(value);
    return nameOf(key, value) ?? String(value);
  }
  if (typeof value === 'string') {
    if (isIsoDate(value)) return formatUkDate(value);
    if (key === 'month' && CLAIM_MONTH.test(value)) return formatMonth(value);
    if (ISO_INSTANT.test(value)) return formatUkDateTime(value);
    const words = (key === 'status' ? STATUS_WORDS[entity] : CODE_WORDS[key])?.[value];
    return words ?? nameOf(key, value) ?? value;
  }
  if (Array.isArray(value)) return value.map((v) => itemInWords(v)).join(', ');
  return objectInWords(entity, value as Record<string, unknown>, nameOf);
}

/** An on-cost ("13.8%", "£120.00 a month") or a group of settings ("lead: yes, viewer: no"). */
function objectInWords(entity: string, value: Record<string, unknown>, nameOf: NameOf): string {
  if (value.kind === 'percent' && typeof value.basisPoints === 'number') return formatBasisPoints(value.basisPoints);
  if (value.kind === 'amount' && typeof value.monthlyPence === 'number')
    return `${formatPounds(value.monthlyPence)} a month`;
  return Object.entries(value)
    .map(([key, inner]) => `${LABELS[key] ?? fieldLabel(key)}: ${valueInWords(entity, key, inner, nameOf)}`)
    .join(', ');
}

/** An item of a list: itself, or the name of a thing in it (an evidence file, a competency). */
function itemInWords(item: unknown): string {
  const record = asRecord(item);
  if (!record) return String(item);
  const name = record.originalName ?? record.name ?? record.title ?? record.description;
  return typeof name === 'string' ? name : JSON.stringify(item);
}
