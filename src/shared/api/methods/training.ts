import { z } from 'zod';
import type { WorkerCompliance } from '../../domain/compliance.ts';
import type { MatrixWire } from '../../rules/matrix-wire.ts';
import { id } from '../../schemas/fields.ts';
import type { TrainingRecord } from '../../domain/requirements.ts';
import { recordInput } from '../../schemas/requirements.ts';
import { method } from '../method.ts';

const workerRequirement = z.object({ workerId: id, requirementId: z.string().min(1, 'Choose the requirement') });

export interface FileDownload {
  fileName: string;
  mediaType: string;
  dataBase64: string;
}

export const trainingMethods = {
  'training.record': method<TrainingRecord>()(recordInput),
  'training.exempt': method<WorkerCompliance>()(
    workerRequirement.extend({
      reason: z.string().trim().min(5, 'Give the reason it is not required (at least 5 characters)').max(500),
    }),
  ),
  'training.endExemption': method<WorkerCompliance>()(workerRequirement),
  'evidence.get': method<FileDownload>()(z.object({ fileId: id })),
  'compliance.matrix': method<MatrixWire>()(z.object({}).strict()),
  'compliance.worker': method<WorkerCompliance>()(z.object({ workerId: id })),
  'induction.pdf': method<FileDownload>()(z.object({ workerId: id })),
};
