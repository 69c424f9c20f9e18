import { z } from 'zod';
import type { WorkerCompliance } from '../../domain/compliance.ts';
import { id } from '../../schemas/fields.ts';
import type { TrainingRecord } from '../../domain/requirements.ts';
import { recordInput } from '../../schemas/requirements.ts';
import { method } from '../method.ts';

const workerRequirement = z.object({ workerId: id, requirementId: z.string().min(1, 'Choose the requirement') });

export const trainingMethods = {
  'training.record': method<TrainingRecord>()(recordInput),
  'training.exempt': method<WorkerCompliance>()(
    workerRequirement.extend({
      reason: z.string().trim().min(5, 'Give the reason it is not required (at least 5 characters)').max(500),
    }),
  ),
  'training.endExemption': method<WorkerCompliance>()(workerRequirement),
};
