import type { SessionFields, SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { dateText, toIsoOrText } from '../../components/DateField.tsx';
import { idText, textId } from '../../components/SelectField.tsx';

export interface ActionDraft {
  description: string;
  owner: string;
  dueDate: string;
  status: 'open' | 'done';
}

/** The session form as typed; turned into API input only on save, where the backend judges it. */
export interface SessionDraft {
  date: string;
  kind: string;
  supervisorId: string;
  supervisorName: string;
  supervisorRole: string;
  durationMinutes: string;
  caseloadActive: string;
  newReferrals: string;
  casesDiscussed: string;
  risks: string;
  referralsBack: string;
  wellbeing: string;
  learningNeeds: string;
  nextDate: string;
  learningCompetencyIds: string[];
  actions: ActionDraft[];
}

export function newDraft(supervisorId: number | null, kind: string, today: string): SessionDraft {
  return {
    date: dateText(today),
    kind,
    supervisorId: idText(supervisorId),
    supervisorName: '',
    supervisorRole: '',
    durationMinutes: '60',
    caseloadActive: '',
    newReferrals: '',
    casesDiscussed: '',
    risks: '',
    referralsBack: '',
    wellbeing: '',
    learningNeeds: '',
    nextDate: '',
    learningCompetencyIds: [],
    actions: [],
  };
}

export function draftOf(s: SupervisionSession): SessionDraft {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    date: dateText(s.date),
    kind: s.kind,
    supervisorId: idText(s.supervisorId),
    supervisorName: s.supervisorId === null ? s.supervisorName : '',
    supervisorRole: s.supervisorId === null ? s.supervisorRole : '',
    durationMinutes: String(s.durationMinutes),
    caseloadActive: text(s.caseloadActive),
    newReferrals: text(s.newReferrals),
    casesDiscussed: s.casesDiscussed,
    risks: s.risks,
    referralsBack: s.referralsBack,
    wellbeing: s.wellbeing,
    learningNeeds: s.learningNeeds,
    nextDate: dateText(s.nextDate),
    learningCompetencyIds: s.learningCompetencyIds,
    actions: s.actions.map((a) => ({
      description: a.description,
      owner: a.owner,
      dueDate: dateText(a.dueDate),
      status: a.status,
    })),
  };
}

const numberOrNull = (t: string): number | null => (t.trim() === '' ? null : Number(t));

export function inputOf(workerId: number, d: SessionDraft): SessionFields {
  return {
    workerId,
    date: toIsoOrText(d.date) ?? '',
    kind: d.kind,
    supervisorId: textId(d.supervisorId),
    supervisorName: d.supervisorName,
    supervisorRole: d.supervisorRole,
    durationMinutes: numberOrNull(d.durationMinutes) as number,
    caseloadActive: numberOrNull(d.caseloadActive),
    newReferrals: numberOrNull(d.newReferrals),
    casesDiscussed: d.casesDiscussed,
    risks: d.risks,
    referralsBack: d.referralsBack,
    wellbeing: d.wellbeing,
    learningNeeds: d.learningNeeds,
    learningCompetencyIds: d.learningCompetencyIds,
    nextDate: toIsoOrText(d.nextDate),
    actions: d.actions.map((a) => ({ ...a, dueDate: toIsoOrText(a.dueDate) ?? '' })),
  };
}
