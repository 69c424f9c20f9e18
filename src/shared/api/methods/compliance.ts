import { z } from 'zod';
import type { WorkerCompliance } from '../../domain/compliance.ts';
import type { MatrixWire } from '../../rules/matrix-wire.ts';
import { id } from '../../schemas/fields.ts';
import { readAbout, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

export const complianceMethods = {
  // Cut to the rows of the workers the caller may see (compliance/handlers.ts).
  'compliance.matrix': method<MatrixWire>()(z.object({}).strict(), SIGNED_IN),
  'compliance.worker': method<WorkerCompliance>()(z.object({ workerId: id }), readAbout({ field: 'workerId' })),
};
