import path from 'node:path';
import type { evidenceMethods } from '../../shared/api/methods/evidence.ts';
import { notFound } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';
import { findEvidence } from '../training/queries.ts';
import { readEvidenceFile } from './files.ts';

export const evidenceHandlers = {
  'evidence.get': ({ fileId }, ctx) => {
    const file = findEvidence(ctx.db, fileId);
    if (!file) throw notFound('evidence file', fileId);
    const bytes = readEvidenceFile(ctx.dataDir, file.storedName);
    return {
      fileName: path.basename(file.originalName),
      mediaType: file.mediaType,
      dataBase64: bytes.toString('base64'),
    };
  },
} satisfies HandlerTable<keyof typeof evidenceMethods>;
