import type { HandoutDetails, HandoutWording } from '../../shared/domain/handouts.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { notFound } from '../errors.ts';
import { findWorkerRow } from '../staff/queries.ts';
import { readHandoutDetails, writeHandoutDetails } from './queries.ts';
import { readHandoutWording, writeHandoutWording } from './wording.ts';

export function handoutDetails(ctx: Ctx, workerId: number): HandoutDetails {
  if (!findWorkerRow(ctx.db, workerId)) throw notFound('worker', workerId);
  return readHandoutDetails(ctx.db, workerId);
}

export function saveHandoutDetails(ctx: Ctx, details: HandoutDetails): HandoutDetails {
  return inTransaction(ctx, () => {
    const worker = findWorkerRow(ctx.db, details.workerId);
    if (!worker) throw notFound('worker', details.workerId);
    const before = readHandoutDetails(ctx.db, details.workerId);
    writeHandoutDetails(ctx.db, details);
    recordAudit(ctx, {
      action: 'handout.details',
      entity: 'worker',
      entityId: worker.id,
      workerId: worker.id,
      summary: `Changed how patients reach ${worker.name} (their patient handout)`,
      before,
      after: details,
    });
    return details;
  });
}

export function saveHandoutWording(ctx: Ctx, wording: HandoutWording): HandoutWording {
  return inTransaction(ctx, () => {
    const before = readHandoutWording(ctx.db);
    writeHandoutWording(ctx.db, wording);
    recordAudit(ctx, {
      action: 'handout.wording',
      entity: 'setting',
      entityId: null,
      summary: 'Changed the wording of the patient handout',
      before,
      after: wording,
    });
    return wording;
  });
}
