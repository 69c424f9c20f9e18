import { z } from 'zod';
import { id, isoDate } from '../../schemas/fields.ts';
import type { Worker, WorkerRow } from '../../domain/staff.ts';
import { workerFields } from '../../schemas/staff.ts';
import { method } from '../method.ts';

export const staffMethods = {
  'worker.list': method<WorkerRow[]>()(z.object({}).strict()),
  'worker.get': method<WorkerRow>()(z.object({ id })),
  'worker.create': method<Worker>()(workerFields),
  'worker.update': method<Worker>()(z.object({ id, fields: workerFields })),
  'worker.markLeaver': method<Worker>()(z.object({ id, leavingDate: isoDate('leaving date') })),
  'worker.removeMadeInError': method<{ removed: number }>()(
    z.object({
      id,
      reason: z.string().trim().min(5, 'Say why this record was made in error (at least 5 characters)'),
    }),
  ),
};
