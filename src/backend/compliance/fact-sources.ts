import type { Database } from 'better-sqlite3';
import type { Requirement } from '../../shared/domain/requirements.ts';
import type { RecordFacts } from '../../shared/rules/compliance.ts';
import { assessmentFactsByWorker } from '../competencies/queries.ts';
import { sessionFactsByWorker } from '../supervision/queries.ts';
import { recordFactsByWorker } from '../training/queries.ts';

const NONE: RecordFacts[] = [];

/**
 * Where the evidence for each kind of requirement comes from: training records, signed competency
 * assessments, or supervision sessions of the right kind. Read once, for everyone, per computation.
 */
export function loadFactSources(db: Database, today: string) {
  const records = recordFactsByWorker(db);
  const assessments = assessmentFactsByWorker(db);
  const sessions = sessionFactsByWorker(db);
  const sessionFacts = new Map<string, RecordFacts[]>();

  return (requirement: Requirement, workerId: number): readonly RecordFacts[] => {
    switch (requirement.check) {
      case 'competency_assessment':
        return assessments.get(workerId) ?? NONE;
      case 'supervision': {
        const key = `${workerId} ${requirement.sessionKind}`;
        let facts = sessionFacts.get(key);
        if (!facts) {
          facts = (sessions.get(workerId) ?? [])
            .filter((s) => s.date <= today && (requirement.sessionKind === '' || s.kind === requirement.sessionKind))
            .map((s) => ({ status: 'completed' as const, completedOn: s.date, expiresOn: null }));
          sessionFacts.set(key, facts);
        }
        return facts;
      }
      default:
        return records.get(workerId)?.get(requirement.id) ?? NONE;
    }
  };
}
