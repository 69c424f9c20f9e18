import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { readEvidenceFile } from '../evidence/files.ts';
import { fileNameDate, FolderNames } from './file-names.ts';
import type { StoredEvidence } from './queries.ts';
import { storedEvidence } from './queries.ts';

const EXTENSIONS: Record<string, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg' };

/** A certificate chosen for a pack: its name there (from the data, never the uploader's file name) and its file. */
export interface PlannedCertificate {
  name: string;
  requirementTitle: string;
  completedOn: string | null;
  file: StoredEvidence;
}

/** What became of a certificate: in the pack, or listed in the summary as missing or altered in the store. */
export type CertificateState = 'included' | 'missing' | 'altered';

export interface CertificateOutcome extends Omit<PlannedCertificate, 'file'> {
  state: CertificateState;
}

/** Something with evidence files: a training record (titled by its requirement) or a CPD entry. */
export interface Evidenced {
  title: string;
  completedOn: string | null;
  fileIds: readonly number[];
}

/**
 * Every certificate of the items given (a person's records in force and CPD entries), each content once however
 * many items use it, named "<title> - <completed dd-mm-yyyy>.<ext>" and made unique within the folder.
 */
export function planCertificates(db: Database, items: readonly Evidenced[]): PlannedCertificate[] {
  const files = storedEvidence(
    db,
    items.flatMap((item) => item.fileIds),
  );
  const seen = new Set<number>();
  const names = new FolderNames();
  const ordered = [...items].sort(
    (a, b) => a.title.localeCompare(b.title) || (a.completedOn ?? '').localeCompare(b.completedOn ?? ''),
  );
  const planned: PlannedCertificate[] = [];
  for (const { title, completedOn, fileIds } of ordered) {
    for (const fileId of fileIds) {
      const file = files.get(fileId);
      if (!file || seen.has(file.fileId)) continue;
      seen.add(file.fileId);
      const when = completedOn ? fileNameDate(completedOn) : 'not completed';
      planned.push({
        name: names.claim(`${title} - ${when}`, EXTENSIONS[file.mediaType] ?? '.bin'),
        requirementTitle: title,
        completedOn,
        file,
      });
    }
  }
  return planned;
}

/** The certificate's bytes when the store still holds exactly what was uploaded; else what is wrong with it. */
export function readCertificate(
  dataDir: string,
  certificate: PlannedCertificate,
): { state: 'included'; bytes: Uint8Array } | { state: 'missing' | 'altered' } {
  let bytes: Buffer;
  try {
    bytes = readEvidenceFile(dataDir, certificate.file.storedName);
  } catch {
    return { state: 'missing' };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return sha256 === certificate.file.sha256 ? { state: 'included', bytes } : { state: 'altered' };
}
