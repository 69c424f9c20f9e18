import type {
  CorrectableField,
  RecordChange,
  RecordCorrection,
  RecordStatus,
  RecordWithdrawal,
  TrainingRecord,
} from '../domain/requirements.ts';
import { CORRECTABLE_FIELDS, RECORD_FIELD_LABELS, RECORD_STATUS_LABELS } from '../domain/requirements.ts';
import { formatUkDate, formatUkDayOf } from './dates.ts';

/** What one version of a record says, as far as a correction can change it. */
export type RecordContent = Record<CorrectableField, string | null> & { evidence: readonly string[] };

/** A record that counts toward compliance: not withdrawn (and, being what the API returns, not replaced). */
export const inForce = (record: { withdrawal: RecordWithdrawal | null }): boolean => record.withdrawal === null;

const empty = (value: string | null): value is null | '' => value === null || value === '';

/** The fields that differ between two versions, then the certificates when the second has more or others. */
export function recordChanges(before: RecordContent, after: RecordContent): RecordChange[] {
  const changes: RecordChange[] = CORRECTABLE_FIELDS.filter(
    (field) => (before[field] ?? '') !== (after[field] ?? ''),
  ).map((field) => ({ field, from: before[field], to: after[field] }));
  const names = (list: readonly string[]) => (list.length === 0 ? null : list.join(', '));
  if (names(before.evidence) !== names(after.evidence)) {
    changes.push({ field: 'evidence', from: names(before.evidence), to: names(after.evidence) });
  }
  return changes;
}

/** 1 → "1 hour", 7.5 → "7.5 hours", 1234.25 → "1,234.25 hours". */
export function hoursInWords(hours: number): string {
  return `${hours.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** "7.5 hours, towards a level 3 standard (reimbursable)", or null when no time was recorded. */
export function trainingTimeInWords(r: Pick<TrainingRecord, 'trainingHours' | 'reimbursable'>): string | null {
  if (r.trainingHours === null) return null;
  const hours = hoursInWords(r.trainingHours);
  return r.reimbursable ? `${hours}, towards a level 3 standard (reimbursable)` : hours;
}

const DATE_FIELDS = new Set<RecordChange['field']>(['startDate', 'completedOn', 'expiresOn']);

function valueInWords(field: RecordChange['field'], value: string): string {
  if (DATE_FIELDS.has(field)) return formatUkDate(value);
  if (field === 'status') return RECORD_STATUS_LABELS[value as RecordStatus].toLowerCase();
  if (field === 'evidence') return value;
  if (field === 'trainingHours') return hoursInWords(Number(value));
  return `"${value}"`;
}

/** "completion date 03/02/2026 → 03/03/2026", "expiry date 01/03/2027 added", "provider "NHS Elect" removed". */
export function changeInWords({ field, from, to }: RecordChange): string {
  if (field === 'reimbursable') {
    return empty(from)
      ? 'marked towards a level 3 standard (reimbursable)'
      : 'no longer marked towards a level 3 standard';
  }
  const label = RECORD_FIELD_LABELS[field];
  if (empty(from)) return `${label} ${valueInWords(field, to ?? '')} added`;
  if (empty(to)) return `${label} ${valueInWords(field, from)} removed`;
  return `${label} ${valueInWords(field, from)} → ${valueInWords(field, to)}`;
}

const dayOf = (timestamp: string) => formatUkDayOf(timestamp);

/** "Corrected on 16/11/2026 by Dr Asha Patel: completion date 03/02/2026 → 03/03/2026. Reason: …" */
export function correctionInWords(c: RecordCorrection): string {
  return `Corrected on ${dayOf(c.at)} by ${c.by}: ${c.changes.map(changeInWords).join('; ')}. Reason: ${c.reason}`;
}

/** "Withdrawn on 16/11/2026 by Dr Asha Patel: entered for the wrong person" */
export function withdrawalInWords(w: RecordWithdrawal, what = 'Withdrawn'): string {
  return `${what} on ${dayOf(w.at)} by ${w.by}: ${w.reason}`;
}

/** "Completed 03/02/2026", "Booked for 05/12/2026", "In progress". */
export function recordStateInWords(r: Pick<TrainingRecord, 'status' | 'completedOn' | 'startDate'>): string {
  const label = RECORD_STATUS_LABELS[r.status];
  if (r.completedOn) return `${label} ${formatUkDate(r.completedOn)}`;
  return r.startDate ? `${label} for ${formatUkDate(r.startDate)}` : label;
}

/** A record on one line: "Completed 03/02/2026 · expires 03/02/2027 · e-LfH · signed off by Dr Asha Patel". */
export function recordInWords(r: TrainingRecord): string {
  return [
    recordStateInWords(r),
    r.expiresOn && `expires ${formatUkDate(r.expiresOn)}`,
    r.provider,
    trainingTimeInWords(r),
    r.signedOffBy && `signed off by ${r.signedOffBy}`,
    r.notes,
  ]
    .filter(Boolean)
    .join(' · ');
}
