import type { Database } from 'better-sqlite3';
import type { Matrix, MatrixCell, MatrixColumn, WorkerCompliance } from '../../shared/domain/compliance.ts';
import { INDUCTION_COLUMN } from '../../shared/domain/compliance.ts';
import type { Requirement } from '../../shared/domain/requirements.ts';
import type { ComplianceStatus, RecordFacts, StatusSettings } from '../../shared/rules/compliance.ts';
import { evaluateRequirement, requirementStatus, worse } from '../../shared/rules/compliance.ts';
import { assessmentFactsByWorker } from '../competencies/queries.ts';
import { listRequirements } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import type { WorkerFactsRow } from '../staff/queries.ts';
import { listWorkerFacts } from '../staff/queries.ts';
import {
  activeExemptions,
  activeExemptionsOfWorker,
  recordFactsByWorker,
  recordsOfWorker,
} from '../training/queries.ts';

const NO_RECORDS: RecordFacts[] = [];
const NO_MAP = new Map<string, RecordFacts[]>();
const NOT_REQUIRED_CELL: MatrixCell = Object.freeze({ s: 'not_required', d: null });

/** The induction checklist as one cell: the worst item, the earliest outstanding date, and progress. */
function inductionCell(
  worker: WorkerFactsRow,
  items: readonly Requirement[],
  records: Map<string, RecordFacts[]>,
  exempt: Set<string> | undefined,
  today: string,
  settings: StatusSettings,
): MatrixCell {
  let done = 0;
  let required = 0;
  let worst: ComplianceStatus = 'not_required';
  let earliest: string | null = null;
  for (const item of items) {
    const e = evaluateRequirement(
      item,
      worker,
      records.get(item.id) ?? NO_RECORDS,
      exempt?.has(item.id) ?? false,
      today,
      settings,
    );
    if (e.status === 'not_required') continue;
    required++;
    worst = worse(worst, e.status);
    if (e.status === 'complete') done++;
    else if (e.date !== null && (earliest === null || e.date < earliest)) earliest = e.date;
  }
  return { s: worst, d: earliest, p: [done, required] };
}

/** Every worker against every requirement in force, in one pass over a handful of queries. */
export function computeMatrix(db: Database, today: string): Matrix {
  const settings = readAppSettings(db);
  const requirements = listRequirements(db).filter((r) => r.retiredOn === null);
  const standalone = requirements.filter((r) => r.kind !== 'induction');
  const induction = requirements.filter((r) => r.kind === 'induction');
  const records = recordFactsByWorker(db);
  const assessments = assessmentFactsByWorker(db);
  const exemptions = new Map<number, Set<string>>();
  for (const e of activeExemptions(db)) {
    const set = exemptions.get(e.workerId) ?? new Set<string>();
    set.add(e.requirementId);
    exemptions.set(e.workerId, set);
  }

  const rows = listWorkerFacts(db).map((worker) => {
    const own = records.get(worker.id) ?? NO_MAP;
    const exempt = exemptions.get(worker.id);
    const cells: MatrixCell[] = standalone.map((req) => {
      const facts = req.check === 'competency_assessment' ? assessments.get(worker.id) : own.get(req.id);
      const e = evaluateRequirement(req, worker, facts ?? NO_RECORDS, exempt?.has(req.id) ?? false, today, settings);
      return e.status === 'not_required' ? NOT_REQUIRED_CELL : { s: e.status, d: e.date };
    });
    cells.push(inductionCell(worker, induction, own, exempt, today, settings));
    return {
      workerId: worker.id,
      name: worker.name,
      role: worker.role,
      employerId: worker.employerId,
      basePracticeId: worker.basePracticeId,
      startDate: worker.startDate,
      leavingDate: worker.leavingDate,
      cells,
    };
  });

  const columns: MatrixColumn[] = [
    ...standalone.map((r) => ({
      id: r.id,
      title: r.title,
      shortTitle: r.shortTitle || r.title,
      kind: r.kind,
      blocksClaim: r.blocksClaim,
    })),
    {
      id: INDUCTION_COLUMN,
      title: 'Induction checklist',
      shortTitle: 'Induction',
      kind: 'induction',
      blocksClaim: false,
    },
  ];
  return { today, expiringSoonDays: settings.expiringSoonDays, columns, rows };
}

/** One worker's requirements in force, each with its status, its whole history and any exemption. */
export function computeWorkerCompliance(db: Database, worker: WorkerFactsRow, today: string): WorkerCompliance {
  const settings = readAppSettings(db);
  const records = recordsOfWorker(db, worker.id);
  const exemptions = activeExemptionsOfWorker(db, worker.id);
  const assessments = assessmentFactsByWorker(db).get(worker.id) ?? [];
  const items = listRequirements(db)
    .filter((r) => r.retiredOn === null && r.roles.includes(worker.role))
    .map((requirement) => {
      const own = records.filter((r) => r.requirementId === requirement.id);
      const exemption = exemptions.find((e) => e.requirementId === requirement.id) ?? null;
      const facts = requirement.check === 'competency_assessment' ? assessments : own;
      const status = requirementStatus(requirement, worker, facts, exemption?.reason ?? null, today, settings);
      return { requirement, status, records: own.reverse(), exemption };
    });
  return { today, items };
}
