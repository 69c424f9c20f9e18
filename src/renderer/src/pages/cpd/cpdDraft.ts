import type { InputOf } from '../../../../shared/api/contract.ts';
import type { CpdEntry } from '../../../../shared/domain/cpd.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { readAsBase64 } from '../../api/download.ts';
import { toIsoOrText } from '../../components/DateField.tsx';

/** The entry form as typed: the date as dd/mm/yyyy, the hours as text, a new file if one is chosen. */
export interface CpdDraft {
  date: string;
  kind: string;
  title: string;
  hours: string;
  learned: string;
  practiceChange: string;
  competencyIds: string[];
  file: File | null;
  /** Editing: keep the file the entry has (false once the user removes it). */
  keepFile: boolean;
}

export const emptyCpdDraft = (today: string): CpdDraft => ({
  date: formatUkDate(today),
  kind: '',
  title: '',
  hours: '',
  learned: '',
  practiceChange: '',
  competencyIds: [],
  file: null,
  keepFile: false,
});

export const draftOfEntry = (e: CpdEntry): CpdDraft => ({
  date: formatUkDate(e.date),
  kind: e.kind,
  title: e.title,
  hours: String(e.hours),
  learned: e.learned,
  practiceChange: e.practiceChange,
  competencyIds: e.competencyIds,
  file: null,
  keepFile: e.evidence !== null,
});

/** What the backend is sent: text it cannot read goes as typed, for it to refuse by name. */
export async function fieldsOf(draft: CpdDraft): Promise<{
  fields: InputOf<'cpd.add'>['fields'];
  evidence: InputOf<'cpd.update'>['evidence'];
}> {
  const hours = Number(draft.hours.trim().replace(',', '.'));
  return {
    fields: {
      date: toIsoOrText(draft.date) ?? '',
      kind: draft.kind,
      title: draft.title,
      hours: draft.hours.trim() === '' || Number.isNaN(hours) ? (draft.hours as unknown as number) : hours,
      learned: draft.learned,
      practiceChange: draft.practiceChange,
      competencyIds: draft.competencyIds,
    },
    evidence: draft.file
      ? { fileName: draft.file.name, dataBase64: await readAsBase64(draft.file) }
      : draft.keepFile
        ? 'keep'
        : null,
  };
}
