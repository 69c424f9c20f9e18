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
  files: [],
});

/** A record's fields as the API takes them, for recording or correcting. */
export type RecordInput = Awaited<ReturnType<typeof inputOfDraft>>;

/** What the API takes: only a completion keeps its completion and expiry dates; the files read as base64. */
export async function inputOfDraft(d: RecordDraft) {
  const completed = d.status === 'completed';
  return {
    status: d.status,
    startDate: toIsoOrText(d.startDate),
    completedOn: completed ? toIsoOrText(d.completedOn) : null,
    expiresOn: completed ? toIsoOrText(d.expiresOn) : null,
    provider: d.provider,
    notes: d.notes,
    signedOffBy: d.signedOffBy,
    evidence: await Promise.all(d.files.map(async (f) => ({ fileName: f.name, dataBase64: await readAsBase64(f) }))),
  };
}
