import { megabytes } from '../../shared/domain/evidence-limits.ts';
import type { Ctx } from '../context.ts';
import { conflict } from '../errors.ts';
import type { CertificateOutcome } from './certificates.ts';
import { readCertificate } from './certificates.ts';
import { safeStem } from './file-names.ts';
import type { SummaryFrame } from './summary-pdf.ts';
import { summaryPdf } from './summary-pdf.ts';
import type { WorkerEvidence } from './worker-evidence.ts';
import type { PackEntry } from './zip.ts';

/** The largest pack made: it is built in memory and then sent to the page as one download. */
export const MAX_PACK_BYTES = 200 * 1024 * 1024;

/** Refuses, saying how big, a pack whose certificates alone would pass the limit, before any file is read. */
export function requireSensibleSize(what: string, people: readonly WorkerEvidence[]): void {
  const bytes = people.reduce(
    (sum, person) => sum + person.certificates.reduce((total, c) => total + c.file.sizeBytes, 0),
    0,
  );
  if (bytes > MAX_PACK_BYTES) {
    throw conflict(
      `The evidence pack for ${what} would be about ${megabytes(bytes)}, over the ${megabytes(MAX_PACK_BYTES)} a pack may hold: download packs for people one at a time from their pages instead`,
    );
  }
}

/**
 * One person's files under `folder` ("" or "Grace Campbell/"): their summary PDF, then each certificate checked
 * against its fingerprint as it is read; one missing or altered is listed in the summary and left out.
 */
export async function personEntries(
  ctx: Ctx,
  evidence: WorkerEvidence,
  frame: SummaryFrame,
  folder: string,
): Promise<PackEntry[]> {
  const certificates: PackEntry[] = [];
  const outcomes: CertificateOutcome[] = evidence.certificates.map(({ file, ...certificate }) => {
    const read = readCertificate(ctx.dataDir, { file, ...certificate });
    if (read.state === 'included')
      certificates.push({ path: `${folder}certificates/${certificate.name}`, bytes: read.bytes, store: true });
    return { ...certificate, state: read.state };
  });
  const summary = await summaryPdf(evidence, outcomes, frame);
  return [{ path: `${folder}Summary - ${safeStem(evidence.worker.name)}.pdf`, bytes: summary }, ...certificates];
}
