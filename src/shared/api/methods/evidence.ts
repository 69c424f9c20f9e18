import { z } from 'zod';
import type { FileDownload } from '../../domain/files.ts';
import { id } from '../../schemas/fields.ts';
import { readAbout } from '../access.ts';
import { method } from '../method.ts';

export const evidenceMethods = {
  'evidence.get': method<FileDownload>()(
    z.object({ fileId: id }),
    readAbout({ field: 'fileId', record: 'evidence_file' }),
  ),
};
