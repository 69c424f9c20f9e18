import { z } from 'zod';
import type { WorkerCompliance } from '../../domain/compliance.ts';
import type { MatrixWire } from '../../rules/matrix-wire.ts';
import { id } from '../../schemas/fields.ts';
import { method } from '../method.ts';

export const complianceMethods = {
  'compliance.matrix': method<MatrixWire>()(z.object({}).strict()),
  'compliance.worker': method<WorkerCompliance>()(z.object({ workerId: id })),
};
