import type { InputOf } from '../../src/shared/api/contract.ts';

type SessionFields = InputOf<'supervision.save'>['fields'];

/** `supervision.save`'s input for a new session on 10/11/2026 with `supervisorId`, with no actions; change any field. */
export const newSupervisionSession = (workerId: number, supervisorId: number, change: Partial<SessionFields> = {}) => ({
  id: null,
  fields: {
    workerId,
    date: '2026-11-10',
    kind: 'Clinical or professional',
    supervisorId,
    durationMinutes: 60,
    caseloadActive: 20,
    newReferrals: 2,
    nextDate: null,
    ...change,
  },
});
