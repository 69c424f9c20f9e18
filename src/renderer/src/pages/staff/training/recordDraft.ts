import type { RecordStatus, TrainingRecord } from '../../../../../shared/domain/requirements.ts';
import { formatUkDate } from '../../../../../shared/rules/dates.ts';
import { readAsBase64 } from '../../../api/download.ts';
import { dateText, toIsoOrText } from '../../../components/DateField.tsx';

/** A record's form as typed: dates as dd/mm/yyyy text, certificates as the files chosen. */
export interface RecordDraft {
  status: RecordStatus;
  startDate: string;
  completedOn: string;
  expiresOn: string;
  provider: string;
  notes: string;
  /** Not on the form: kept as it is, so a correction leaves it unchanged. */
  signedOffBy: string | null;
  /** Hours spent, as typed. */
  trainingHours: string;
  reimbursable: boolean;
  files: File[];
}

/** A new record: completed today, unless changed. */
export const newRecordDraft = (today: string): RecordDraft => ({
  status: 'completed',
  startDate: '',
  completedOn: formatUkDate(today),
  expiresOn: '',
  provider: '',
  notes: '',
  signedOffBy: null,
  trainingHours: '',
  reimbursable: false,
  files: [],
});

/** A record as it stands, to correct. */
export const draftOfRecord = (r: TrainingRecord): RecordDraft => ({
  status: r.status,
  startDate: dateText(r.startDate),
  completedOn: dateText(r.completedOn),
  expiresOn: dateText(r.expiresOn),
  provider: r.provider,
  notes: r.notes,
  signedOffBy: r.signedOffBy,
  trainingHours: r.trainingHours === null ? '' : String(r.trainingHours),
  reimbursable: r.reimbursable,
  files: [],
});

/** Hours as typed: empty is none; anything not a number goes as typed, for the backend to say what is wrong. */
function hoursAsTyped(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const hours = Number(trimmed);
  return Number.isNaN(hours) ? (trimmed as unknown as number) : hours;
}

/** A record's fields as the API takes them, for recording or correcting. */
export type RecordInput = Awaited<ReturnType<typeof inputOfDraft>>;

/**
 * What the API takes: only a completion keeps its completion and expiry dates, and a booking has no hours yet;
 * the files read as base64.
 */
export async function inputOfDraft(d: RecordDraft) {
  const completed = d.status === 'completed';
  const hours = d.status === 'booked' ? null : hoursAsTyped(d.trainingHours);
  return {
    status: d.status,
    startDate: toIsoOrText(d.startDate),
    completedOn: completed ? toIsoOrText(d.completedOn) : null,
    expiresOn: completed ? toIsoOrText(d.expiresOn) : null,
    provider: d.provider,
    notes: d.notes,
    signedOffBy: d.signedOffBy,
    trainingHours: hours,
    reimbursable: hours !== null && d.reimbursable,
    evidence: await Promise.all(d.files.map(async (f) => ({ fileName: f.name, dataBase64: await readAsBase64(f) }))),
  };
}
