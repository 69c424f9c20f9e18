import type { z } from 'zod';
import type { evidenceUploads } from '../../shared/schemas/requirements.ts';
import type { Ctx } from '../context.ts';
import type { CheckedFile } from '../evidence/files.ts';
import { checkEvidenceFile, writeEvidenceFile } from '../evidence/files.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import * as q from './queries.ts';

export interface StoredUpload {
  file: CheckedFile & { originalName: string };
  storedName: string;
}

/**
 * Checks every certificate before anything is written (each failure names its `evidence.<i>` field), then stores
 * each under its content hash. Call before the transaction: linking the files is part of it (`linkUploads`).
 */
export function storeUploads(ctx: Ctx, uploads: z.output<typeof evidenceUploads>): StoredUpload[] {
  const { evidenceMaxBytes } = readAppSettings(ctx.db);
  const files = uploads.map((upload, i) => ({
    ...checkEvidenceFile(`evidence.${i}`, upload.fileName, upload.dataBase64, evidenceMaxBytes),
    originalName: upload.fileName,
  }));
  return files.map((file) => ({ file, storedName: writeEvidenceFile(ctx.dataDir, file) }));
}

/** Links stored certificates to a record, registering each file's content once. */
export function linkUploads(ctx: Ctx, recordId: number, stored: readonly StoredUpload[], addedAt: string): void {
  for (const { file, storedName } of stored) {
    const fileId =
      q.findEvidenceFileId(ctx.db, file.sha256) ??
      q.insertEvidenceFile(ctx.db, {
        sha256: file.sha256,
        mediaType: file.mediaType,
        sizeBytes: file.bytes.length,
        storedName,
      });
    q.linkEvidence(ctx.db, recordId, fileId, file.originalName, addedAt);
  }
}
