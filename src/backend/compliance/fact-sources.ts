import type { Database } from 'better-sqlite3';
import type { Requirement } from '../../shared/domain/requirements.ts';
import type { RecordFacts } from '../../shared/rules/compliance.ts';
import { assessmentAsFacts } from '../../shared/rules/competencies.ts';
import { cpdFacts } from '../../shared/rules/cpd.ts';
import { signOffRule } from '../competencies/sign-off.ts';
import { currentEvidence } from './evidence-store.ts';

const NONE: RecordFacts[] = [];

/**
 * Where the evidence for each kind of requirement comes from: training records, signed competency
 * assessments, supervision sessions of the right kind, or CPD entries of the kinds that count.
 */
export function loadFactSources(db: Database, today: string) {
  const { records, assessments, sessions, cpd } = currentEvidence(db);
  const sessionFacts = new Map<string, Map<number, RecordFacts[]>>(); // by kind, then worker
  const assessmentFacts = new Map<number, RecordFacts[]>();
  const rule = signOffRule(db);

  /** A signed assessment counts under the sign-off rule in force now, so changing it in Settings applies at once. */
  const assessmentsOf = (workerId: number): RecordFacts[] => {
    let facts = assessmentFacts.get(workerId);
    if (!facts) {
      facts = (assessments.get(workerId) ?? []).map((a) => assessmentAsFacts(a, rule));
      assessmentFacts.set(workerId, facts);
    }
    return facts;
  };

  const sessionsOf = (kind: string, workerId: number): RecordFacts[] => {
    let byWorker = sessionFacts.get(kind);
    if (!byWorker) sessionFacts.set(kind, (byWorker = new Map()));
    let facts = byWorker.get(workerId);
    if (!facts) {
      facts = (sessions.get(workerId) ?? [])
        .filter((s) => s.date <= today && (kind === '' || s.kind === kind))
        .map((s) => ({ status: 'completed' as const, completedOn: s.date, expiresOn: null }));
      byWorker.set(workerId, facts);
    }
    return facts;
  };

  const recordsOf = (requirement: Requirement, workerId: number): readonly RecordFacts[] =>
    records.get(workerId)?.get(requirement.id) ?? NONE;

  return (requirement: Requirement, workerId: number): readonly RecordFacts[] => {
    switch (requirement.check) {
      case 'competency_assessment':
        return assessmentsOf(workerId);
      case 'supervision':
        return sessionsOf(requirement.sessionKind, workerId);
      case 'cpd':
        // Training records made while the requirement was met by a record still count (see cpdFacts).
        return cpdFacts(
          cpd.get(workerId) ?? [],
          requirement.cpd,
          requirement.renewalMonths,
          today,
          recordsOf(requirement, workerId),
        );
      default:
        return recordsOf(requirement, workerId);
    }
  };
}
