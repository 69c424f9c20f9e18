import { z } from 'zod';
import type { FileDownload } from '../../domain/files.ts';
import { id } from '../../schemas/fields.ts';
import { READERS, readAbout } from '../access.ts';
import { method } from '../method.ts';

export const packMethods = {
  // One person's evidence as a zip: an A4 summary PDF and every certificate (packs/worker-pack.ts).
  'pack.worker': method<FileDownload>()(z.object({ workerId: id }).strict(), readAbout({ field: 'workerId' })),
  // The same summary for everyone based at a practice, for a CQC inspection folder (packs/practice-pack.ts).
  'pack.practice': method<FileDownload>()(z.object({ practiceId: id }).strict(), READERS),
};
