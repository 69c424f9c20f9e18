import type { z } from 'zod';
import type { evidenceUpload } from '../../shared/schemas/requirements.ts';
import type { Ctx } from '../context.ts';
import { checkEvidenceFile, writeEvidenceFile } from '../evidence/files.ts';
import type { CheckedFile } from '../evidence/files.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findEvidenceFileId, insertEvidenceFile } from '../training/queries.ts';

export interface StoredFile {
  file: CheckedFile;
  originalName: string;
  storedName: string;
}

/** Checks the file (refused as the `evidence` field) and stores it by its content hash: before the transaction. */
export function storeCpdEvidence(ctx: Ctx, upload: z.output<typeof evidenceUpload>): StoredFile {
  const { evidenceMaxBytes } = readAppSettings(ctx.db);
  const file = checkEvidenceFile('evidence', upload.fileName, upload.dataBase64, evidenceMaxBytes);
  return { file, originalName: upload.fileName, storedName: writeEvidenceFile(ctx.dataDir, file) };
}

/** The stored file's row, registered once per content (inside the transaction). */
export function evidenceFileIdOf(ctx: Ctx, { file, storedName }: StoredFile): number {
  return (
    findEvidenceFileId(ctx.db, file.sha256) ??
    insertEvidenceFile(ctx.db, {
      sha256: file.sha256,
      mediaType: file.mediaType,
      sizeBytes: file.bytes.length,
      storedName,
    })
  );
}
