import type { FileDownload } from '../../shared/domain/files.ts';
import type { Ctx } from '../context.ts';
import { actor, today } from '../context.ts';
import { readPcn } from '../pcn/queries.ts';
import { fileNameDate, safeStem } from './file-names.ts';
import { personEntries, requireSensibleSize } from './person-files.ts';
import type { SummaryFrame } from './summary-pdf.ts';
import { workerEvidence } from './worker-evidence.ts';
import { zipEntries } from './zip.ts';

export const ZIP = 'application/zip';

/** Who and when, as every summary in a pack prints them. */
export const summaryFrame = (ctx: Ctx): SummaryFrame => ({
  pcnName: readPcn(ctx.db)?.name ?? '',
  today: today(ctx),
  actor: actor(ctx),
});

/** "Evidence pack - Grace Campbell - 16-11-2026.zip": the summary PDF and a certificates folder. */
export async function workerPack(ctx: Ctx, workerId: number): Promise<FileDownload> {
  const evidence = workerEvidence(ctx, workerId);
  requireSensibleSize(evidence.worker.name, [evidence]);
  const entries = await personEntries(ctx, evidence, summaryFrame(ctx), '');
  return {
    fileName: `Evidence pack - ${safeStem(evidence.worker.name)} - ${fileNameDate(today(ctx))}.zip`,
    mediaType: ZIP,
    dataBase64: zipEntries(entries, ctx.now()).toString('base64'),
  };
}
