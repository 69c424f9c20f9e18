import { z } from 'zod';
import { id, isoDate } from '../../schemas/fields.ts';
import type { OpenAction, SupervisionSession } from '../../domain/supervision.ts';
import { sessionFields } from '../../schemas/supervision.ts';
import { findNhsNumbers } from '../../rules/nhs-number.ts';
import type { WorkerRequirement } from '../../domain/compliance.ts';
import { method } from '../method.ts';
import type { FileDownload } from '../../domain/files.ts';

export interface SupervisionOverview {
  sessions: SupervisionSession[];
  cadence: WorkerRequirement[];
  openActions: OpenAction[];
}

export const supervisionMethods = {
  'supervision.forWorker': method<SupervisionOverview>()(z.object({ workerId: id })),
  'supervision.get': method<SupervisionSession>()(z.object({ id })),
  'supervision.save': method<SupervisionSession>()(z.object({ id: id.nullable(), fields: sessionFields })),
  'supervision.sign': method<SupervisionSession>()(
    z.object({
      sessionId: id,
      who: z.enum(['worker', 'supervisor']),
      name: z.string().trim().min(1, 'Type the name to sign'),
    }),
  ),
  'supervision.addendum': method<SupervisionSession>()(
    z.object({
      sessionId: id,
      text: z
        .string()
        .trim()
        .min(3, 'Write the addendum')
        .max(4000)
        .refine(
          (t) => findNhsNumbers(t).length === 0,
          'This looks like an NHS number: remove patient identifiers before saving',
        ),
    }),
  ),
  'supervision.setActionStatus': method<OpenAction[]>()(z.object({ actionId: id, status: z.enum(['open', 'done']) })),
  'supervision.openActions': method<OpenAction[]>()(z.object({}).strict()),
  'supervision.pdf': method<FileDownload>()(z.object({ id })),
  'supervision.logPdf': method<FileDownload>()(
    z
      .object({ workerId: id, from: isoDate('start of the range'), to: isoDate('end of the range') })
      .refine((r) => r.to >= r.from, { path: ['to'], message: 'The range must end after it starts' }),
  ),
};
