import type { Database } from 'better-sqlite3';
import type { Matrix, MatrixCell, MatrixColumn, WorkerCompliance } from '../../shared/domain/compliance.ts';
import { INDUCTION_COLUMN } from '../../shared/domain/compliance.ts';
import type { Requirement } from '../../shared/domain/requirements.ts';
import type { RecordFacts, StatusSettings } from '../../shared/rules/compliance.ts';
import { requirementStatus, worstStatus } from '../../shared/rules/compliance.ts';
import { listRequirements } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import type { WorkerFactsRow } from '../staff/queries.ts';
import { listWorkerFacts } from '../staff/queries.ts';
import { activeExemptions, activeExemptionsOfWorker, allRecordFacts, recordsOfWorker } from '../training/queries.ts';

const key = (workerId: number, requirementId: string) => `${workerId} ${requirementId}`;

function inductionCell(
  worker: WorkerFactsRow,
  items: readonly Requirement[],
  recordsOf: (requirementId: string) => readonly RecordFacts[],
  exemptionOf: (requirementId: string) => string | null,
  today: string,
  settings: StatusSettings,
): MatrixCell {
  const statuses = items.map((item) =>
    requirementStatus(item, worker, recordsOf(item.id), exemptionOf(item.id), today, settings),
  );
  const required = statuses.filter((s) => s.status !== 'not_required');
  const done = required.filter((s) => s.status === 'complete').length;
  const outstanding = required.filter((s) => s.status !== 'complete').map((s) => s.date ?? '');
  return {
    s: worstStatus(required.map((s) => s.status)),
    d: outstanding.sort()[0] || null,
    p: [done, required.length],
  };
}

/** Every worker against every requirement in force, in one pass over four queries. */
export function computeMatrix(db: Database, today: string): Matrix {
  const settings = readAppSettings(db);
  const requirements = listRequirements(db).filter((r) => r.retiredOn === null);
  const standalone = requirements.filter((r) => r.kind !== 'induction');
  const induction = requirements.filter((r) => r.kind === 'induction');

  const records = new Map<string, RecordFacts[]>();
  for (const r of allRecordFacts(db)) {
    const k = key(r.workerId, r.requirementId);
    const list = records.get(k);
    if (list) list.push(r);
    else records.set(k, [r]);
  }
  const exemptions = new Map(activeExemptions(db).map((e) => [key(e.workerId, e.requirementId), e.reason]));
  const none: RecordFacts[] = [];

  const rows = listWorkerFacts(db).map((worker) => {
    const recordsOf = (requirementId: string) => records.get(key(worker.id, requirementId)) ?? none;
    const exemptionOf = (requirementId: string) => exemptions.get(key(worker.id, requirementId)) ?? null;
    const cells: MatrixCell[] = standalone.map((req) => {
      const { status, date } = requirementStatus(req, worker, recordsOf(req.id), exemptionOf(req.id), today, settings);
      return { s: status, d: date };
    });
    cells.push(inductionCell(worker, induction, recordsOf, exemptionOf, today, settings));
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
  const items = listRequirements(db)
    .filter((r) => r.retiredOn === null && r.roles.includes(worker.role))
    .map((requirement) => {
      const own = records.filter((r) => r.requirementId === requirement.id);
      const exemption = exemptions.find((e) => e.requirementId === requirement.id) ?? null;
      const status = requirementStatus(requirement, worker, own, exemption?.reason ?? null, today, settings);
      return { requirement, status, records: own.reverse(), exemption };
    });
  return { today, items };
}
