import { z } from 'zod';
import type { WorkerCompliance } from '../../domain/compliance.ts';
import type { FileDownload } from '../../domain/files.ts';
import { id } from '../../schemas/fields.ts';
import { tickUndoing } from '../../schemas/training.ts';
import { changeAbout, readAbout } from '../access.ts';
import { method } from '../method.ts';

export const inductionMethods = {
  'induction.pdf': method<FileDownload>()(z.object({ workerId: id }), readAbout({ field: 'workerId' })),
  // Undoing a tick withdraws the record that made it, so it is for those who may withdraw records.
  'induction.undoTick': method<WorkerCompliance>()(
    tickUndoing,
    changeAbout({ field: 'workerId' }, { supervisor: true, self: false }),
  ),
};
