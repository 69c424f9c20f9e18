import type { Database } from 'better-sqlite3';
import type { Matrix, MatrixCell, MatrixColumn, WorkerCompliance } from '../../shared/domain/compliance.ts';
import { INDUCTION_COLUMN } from '../../shared/domain/compliance.ts';
import type { Requirement } from '../../shared/domain/requirements.ts';
import type { ComplianceStatus, RecordFacts, StatusSettings } from '../../shared/rules/compliance.ts';
import { evaluateRequirement, isRequired, requirementStatus, worse } from '../../shared/rules/compliance.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { notFound } from '../errors.ts';
import { listRequirements } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import type { WorkerFactsRow } from '../staff/queries.ts';
import { findWorkerFacts, listWorkerFacts } from '../staff/queries.ts';
import { activeExemptionsOfWorker, exemptionsByWorker, recordsOfWorker } from '../training/queries.ts';
import { inForce } from '../../shared/rules/record-history.ts';
import { loadFactSources } from './fact-sources.ts';

const NOT_REQUIRED_CELL: MatrixCell = Object.freeze({ s: 'not_required', d: null });
const EXEMPT_CELL: MatrixCell = Object.freeze({ s: 'exempt', d: null });

/** The induction checklist as one cell: the worst item, the earliest outstanding date, and progress. */
function inductionCell(
  worker: WorkerFactsRow,
  items: readonly Requirement[],
  factsOf: (requirement: Requirement) => readonly RecordFacts[],
  exempt: Set<string> | undefined,
  today: string,
  settings: StatusSettings,
): MatrixCell {
  let done = 0;
  let required = 0;
  let worst: ComplianceStatus = 'not_required';
  let earliest: string | null = null;
  for (const item of items) {
    const e = evaluateRequirement(item, worker, factsOf(item), exempt?.has(item.id) ?? false, today, settings);
    if (!isRequired(e.status)) continue;
    required++;
    worst = worse(worst, e.status);
    if (e.status === 'complete') done++;
    else if (e.date !== null && (earliest === null || e.date < earliest)) earliest = e.date;
  }
  return { s: worst, d: earliest, p: [done, required] };
}

/**
 * Every worker against every requirement in force, in one pass over a handful of queries; or only the workers given
 * (those a write touched, for their reminders).
 */
export function computeMatrix(db: Database, today: string, only?: readonly WorkerFactsRow[]): Matrix {
  const settings = readAppSettings(db);
  const requirements = listRequirements(db).filter((r) => r.retiredOn === null);
  const standalone = requirements.filter((r) => r.kind !== 'induction');
  const induction = requirements.filter((r) => r.kind === 'induction');
  const factsFor = loadFactSources(db, today);
  const exemptions = exemptionsByWorker(db);

  const rows = (only ?? listWorkerFacts(db)).map((worker) => {
    const factsOf = (requirement: Requirement) => factsFor(requirement, worker.id);
    const exempt = exemptions.get(worker.id);
    const cells: MatrixCell[] = standalone.map((req) => {
      const e = evaluateRequirement(req, worker, factsOf(req), exempt?.has(req.id) ?? false, today, settings);
      if (e.status === 'not_required') return NOT_REQUIRED_CELL;
      return e.status === 'exempt' ? EXEMPT_CELL : { s: e.status, d: e.date };
    });
    cells.push(inductionCell(worker, induction, factsOf, exempt, today, settings));
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
  const factsFor = loadFactSources(db, today);
  const items = listRequirements(db)
    .filter((r) => r.retiredOn === null && r.roles.includes(worker.role))
    .map((requirement) => {
      const own = records.filter((r) => r.requirementId === requirement.id);
      const exemption = exemptions.find((e) => e.requirementId === requirement.id) ?? null;
      const facts = requirement.check === 'record' ? own.filter(inForce) : factsFor(requirement, worker.id);
      const status = requirementStatus(requirement, worker, facts, exemption?.reason ?? null, today, settings);
      return { requirement, status, records: own.reverse(), exemption };
    });
  return { today, expiringSoonDays: settings.expiringSoonDays, items };
}

/** One worker's requirements as at today, or NOT_FOUND. */
export function workerCompliance(ctx: Ctx, workerId: number): WorkerCompliance {
  const worker = findWorkerFacts(ctx.db, workerId);
  if (!worker) throw notFound('worker', workerId);
  return computeWorkerCompliance(ctx.db, worker, today(ctx));
}
