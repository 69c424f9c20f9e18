import { z } from 'zod';
import type { FileDownload } from '../../domain/files.ts';
import { id } from '../../schemas/fields.ts';
import { readAbout } from '../access.ts';
import { method } from '../method.ts';

export const inductionMethods = {
  'induction.pdf': method<FileDownload>()(z.object({ workerId: id }), readAbout({ field: 'workerId' })),
};
