import type { Role, WorkerFields } from '../../../../shared/domain/staff.ts';
import { dateText, toIsoOrText } from '../../components/DateField.tsx';
import { idText, textId } from '../../components/SelectField.tsx';

/** The form's state: text as typed, turned into API input only on save. */
export interface WorkerDraft {
  name: string;
  role: Role | '';
  employerId: string;
  basePracticeId: string;
  arrsFunded: boolean;
  startDate: string;
  leavingDate: string;
  hoursPerWeek: string;
  supervisorId: string;
  firstContactId: string;
}

export const emptyDraft: WorkerDraft = {
  name: '',
  role: '',
  employerId: '',
  basePracticeId: '',
  arrsFunded: true,
  startDate: '',
  leavingDate: '',
  hoursPerWeek: '37.5',
  supervisorId: '',
  firstContactId: '',
};

export function draftOf(w: WorkerFields): WorkerDraft {
  return {
    name: w.name,
    role: w.role,
    employerId: idText(w.employerId),
    basePracticeId: idText(w.basePracticeId),
    arrsFunded: w.arrsFunded,
    startDate: dateText(w.startDate),
    leavingDate: dateText(w.leavingDate),
    hoursPerWeek: String(w.hoursPerWeek),
    supervisorId: idText(w.supervisorId),
    firstContactId: idText(w.firstContactId),
  };
}

/** Sends what was typed; the backend's schema is the one judge of what is valid. */
export function inputOf(d: WorkerDraft): WorkerFields {
  const hours = d.hoursPerWeek.trim() === '' ? null : Number(d.hoursPerWeek);
  return {
    name: d.name,
    role: d.role,
    employerId: textId(d.employerId),
    basePracticeId: textId(d.basePracticeId),
    arrsFunded: d.arrsFunded,
    startDate: toIsoOrText(d.startDate) ?? '',
    leavingDate: toIsoOrText(d.leavingDate),
    hoursPerWeek: hours,
    supervisorId: textId(d.supervisorId),
    firstContactId: textId(d.firstContactId),
  } as unknown as WorkerFields;
}
