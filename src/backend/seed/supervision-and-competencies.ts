import type { Database } from 'better-sqlite3';
import { RATINGS } from '../../shared/domain/competencies.ts';
import { addDays, addMonths } from '../../shared/rules/dates.ts';
import {
  frameworkVersion,
  insertAssessment,
  insertSignedVersion,
  latestFrameworks,
  setAssessmentState,
  upsertRating,
} from '../competencies/queries.ts';
import { findColleague } from '../pcn/queries.ts';
import { listWorkerFacts } from '../staff/queries.ts';
import { insertSession, replaceActions, setSignature } from '../supervision/queries.ts';

/**
 * Monthly clinical supervision over the last year (with the odd gap) and a signed baseline assessment for
 * most link workers, so the example PCN shows cadence, the profile and the heat map. Deterministic.
 */
export function seedSupervisionAndCompetencies(
  db: Database,
  random: () => number,
  today: string,
): { sessions: number; assessments: number } {
  const framework = latestFrameworks(db).find((f) => f.roles.includes('splw'));
  const doc = framework && frameworkVersion(db, framework.id, framework.version);
  let sessions = 0;
  let assessments = 0;
  for (const worker of listWorkerFacts(db)) {
    const supervisor = worker.supervisorId === null ? undefined : findColleague(db, worker.supervisorId);
    const last = worker.leavingDate !== null && worker.leavingDate < today ? worker.leavingDate : today;
    if (worker.role === 'splw' && supervisor) {
      for (let month = 12; month >= 1; month--) {
        const date = addDays(addMonths(last, -month), Math.floor(random() * 10));
        if (date < worker.startDate || random() < 0.12) continue;
        const at = `${date}T15:00:00.000Z`;
        const id = insertSession(
          db,
          {
            workerId: worker.id,
            date,
            kind: 'Clinical or professional',
            supervisorId: supervisor.id,
            supervisorName: '',
            supervisorRole: '',
            durationMinutes: 60,
            caseloadActive: 20 + Math.floor(random() * 25),
            newReferrals: Math.floor(random() * 10),
            casesDiscussed: 'Person A and Person B reviewed; plans updated.',
            risks: 'None raised.',
            referralsBack: '',
            wellbeing: 'Coping well.',
            learningNeeds: '',
            learningCompetencyIds: [],
            actions: [],
            nextDate: addMonths(date, 1),
          },
          at,
        );
        replaceActions(
          db,
          id,
          month === 1
            ? [
                {
                  description: 'Update the community asset map',
                  owner: 'Worker',
                  dueDate: addDays(date, 21),
                  status: 'open',
                },
              ]
            : [],
        );
        setSignature(db, id, 'worker', { name: worker.name, at, account: null });
        setSignature(db, id, 'supervisor', { name: supervisor.name, at, account: null });
        sessions++;
      }
    }
    if (doc && worker.role === 'splw' && supervisor && worker.startDate < addMonths(today, -3) && random() < 0.8) {
      const signedAt = `${addMonths(worker.startDate, 3) < today ? addMonths(worker.startDate, 3) : today}T16:00:00.000Z`;
      const id = insertAssessment(db, {
        workerId: worker.id,
        frameworkId: doc.id,
        frameworkVersion: doc.version,
        kind: 'baseline',
        createdAt: signedAt,
      });
      const ratings = doc.areas.flatMap((area) =>
        area.competencies.map((c) => {
          const self = RATINGS[Math.min(3, 1 + Math.floor(random() * 3))] ?? 1;
          const agreed = RATINGS[Math.max(0, Math.min(3, self + (random() < 0.3 ? -1 : 0)))] ?? 1;
          return {
            competencyId: c.id,
            selfRating: self,
            reflection: '',
            evidenceRecordIds: [],
            agreedRating: agreed,
            supervisorComment: '',
          };
        }),
      );
      for (const r of ratings) upsertRating(db, id, r);
      const review = { submittedAt: signedAt, signedAt: null, signedBy: null };
      setAssessmentState(db, id, { status: 'submitted', ...review });
      setAssessmentState(db, id, { ...review, status: 'signed', signedAt, signedBy: supervisor.name });
      insertSignedVersion(db, id, signedAt, supervisor.name, { ratings });
      assessments++;
    }
  }
  return { sessions, assessments };
}
