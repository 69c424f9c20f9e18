import type { Database } from 'better-sqlite3';
import type { Requirement } from '../../shared/domain/requirements.ts';
import type { RecordFacts } from '../../shared/rules/compliance.ts';
import { assessmentFactsByWorker } from '../competencies/queries.ts';
import { changeKey } from '../db/change-key.ts';
import { sessionFactsByWorker } from '../supervision/queries.ts';
import { recordFactsByWorker } from '../training/queries.ts';

const NONE: RecordFacts[] = [];

/**
 * Where the evidence for each kind of requirement comes from: training records, signed competency
 * assessments, or supervision sessions of the right kind. Read once, for everyone, per computation.
 */
interface RawFacts {
  records: ReturnType<typeof recordFactsByWorker>;
  assessments: ReturnType<typeof assessmentFactsByWorker>;
  sessions: ReturnType<typeof sessionFactsByWorker>;
}

const cache = new WeakMap<Database, { key: string; raw: RawFacts }>();

/** Reading every record is the costly part of a whole-PCN computation, so it is kept until something is written. */
function rawFacts(db: Database): RawFacts {
  const key = changeKey(db);
  const cached = cache.get(db);
  if (cached?.key === key) return cached.raw;
  const raw = {
    records: recordFactsByWorker(db),
    assessments: assessmentFactsByWorker(db),
    sessions: sessionFactsByWorker(db),
  };
  cache.set(db, { key, raw });
  return raw;
}

export function loadFactSources(db: Database, today: string) {
  const { records, assessments, sessions } = rawFacts(db);
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
