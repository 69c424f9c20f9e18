import type { FileDownload } from '../../shared/domain/files.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { notFound } from '../errors.ts';
import { findPractice } from '../pcn/queries.ts';
import { currentPeople } from '../reports/compliance-by-group.ts';
import { practicePdf } from '../reports/group-pdf.ts';
import { fileNameDate, FolderNames, safeStem } from './file-names.ts';
import { personEntries, requireSensibleSize } from './person-files.ts';
import { workerEvidence } from './worker-evidence.ts';
import { summaryFrame, ZIP } from './worker-pack.ts';
import type { PackEntry } from './zip.ts';
import { zipEntries } from './zip.ts';

/**
 * "Evidence pack - Riverside Surgery - 16-11-2026.zip": the practice's compliance summary (the same PDF as the
 * reports page gives), then a folder for each person based there (leavers left out) with their own pack.
 */
export async function practicePack(ctx: Ctx, practiceId: number): Promise<FileDownload> {
  const practice = findPractice(ctx.db, practiceId);
  if (!practice) throw notFound('practice', practiceId);
  const people = currentPeople(ctx.db, today(ctx))
    .rows.filter((row) => row.basePracticeId === practice.id)
    .map((row) => workerEvidence(ctx, row.workerId));
  requireSensibleSize(practice.name, people);

  const cover = await practicePdf(ctx, practice.id);
  const entries: PackEntry[] = [
    { path: `Compliance summary - ${safeStem(practice.name)}.pdf`, bytes: Buffer.from(cover.dataBase64, 'base64') },
  ];
  const frame = summaryFrame(ctx);
  const folders = new FolderNames();
  for (const person of people) {
    entries.push(...(await personEntries(ctx, person, frame, `${folders.claim(person.worker.name, '')}/`)));
  }
  return {
    fileName: `Evidence pack - ${safeStem(practice.name)} - ${fileNameDate(today(ctx))}.zip`,
    mediaType: ZIP,
    dataBase64: zipEntries(entries, ctx.now()).toString('base64'),
  };
}
