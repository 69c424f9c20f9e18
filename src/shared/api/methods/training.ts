import { z } from 'zod';
import type { WorkerCompliance } from '../../domain/compliance.ts';
import { id } from '../../schemas/fields.ts';
import type { TrainingRecord } from '../../domain/requirements.ts';
import { recordManyInput } from '../../schemas/bulk-record.ts';
import { recordInput, requirementId } from '../../schemas/requirements.ts';
import { staffText } from '../../schemas/staff-text.ts';
import { recordCorrection, recordWithdrawal } from '../../schemas/training.ts';
import { changeAbout, LEAD } from '../access.ts';
import { method } from '../method.ts';

const workerRequirement = z.object({ workerId: id, requirementId });

export const trainingMethods = {
  // A worker may record their own training with its certificate; their supervisor may record it for them.
  'training.record': method<TrainingRecord>()(
    recordInput,
    changeAbout({ field: 'workerId' }, { supervisor: true, self: true }),
  ),
  // One course for several people from the matrix: the lead's, as the door has no locator for a list of workers.
  'training.recordMany': method<TrainingRecord[]>()(recordManyInput, LEAD),
  'training.exempt': method<WorkerCompliance>()(
    workerRequirement.extend({
      reason: staffText(500, { min: [5, 'Give the reason it is not required (at least 5 characters)'] }),
    }),
    // Whether a requirement applies is for the lead and the supervisor, never the worker themself.
    changeAbout({ field: 'workerId' }, { supervisor: true, self: false }),
  ),
  'training.endExemption': method<WorkerCompliance>()(
    workerRequirement,
    changeAbout({ field: 'workerId' }, { supervisor: true, self: false }),
  ),
  // Confirming a worker's own record against its evidence is the lead's.
  'training.verify': method<TrainingRecord>()(z.object({ recordId: id }), LEAD),
  // Whoever may record training may correct it; the worker's own correction is self-reported until verified.
  'training.correct': method<TrainingRecord>()(
    recordCorrection,
    changeAbout({ field: 'recordId', record: 'training_record' }, { supervisor: true, self: true }),
  ),
  // Withdrawing evidence is for the lead and the supervisor, as deciding a requirement does not apply is.
  'training.withdraw': method<TrainingRecord>()(
    recordWithdrawal,
    changeAbout({ field: 'recordId', record: 'training_record' }, { supervisor: true, self: false }),
  ),
};
