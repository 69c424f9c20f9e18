import { z } from 'zod';
import { id, isoDate } from '../../schemas/fields.ts';
import type { OpenAction, SupervisionSession } from '../../domain/supervision.ts';
import { addendumText, sessionFields, signingName } from '../../schemas/supervision.ts';
import type { WorkerRequirement } from '../../domain/compliance.ts';
import { changeAbout, readAbout, SIGNED_IN } from '../access.ts';
import type { WorkerLocator } from '../access.ts';
import { method } from '../method.ts';
import type { FileDownload } from '../../domain/files.ts';

export interface SupervisionOverview {
  sessions: SupervisionSession[];
  cadence: WorkerRequirement[];
  openActions: OpenAction[];
}

const sessionById: WorkerLocator = { field: 'id', record: 'supervision_session' };
const namedSession: WorkerLocator = { field: 'sessionId', record: 'supervision_session' };

export const supervisionMethods = {
  'supervision.forWorker': method<SupervisionOverview>()(z.object({ workerId: id }), readAbout({ field: 'workerId' })),
  'supervision.get': method<SupervisionSession>()(z.object({ id }), readAbout(sessionById)),
  // The supervisor runs and records the session; a session named by id must be the same worker's.
  'supervision.save': method<SupervisionSession>()(
    z.object({ id: id.nullable(), fields: sessionFields }),
    changeAbout([{ field: 'fields.workerId' }, { ...sessionById, optional: true }], { supervisor: true, self: false }),
  ),
  'supervision.sign': method<SupervisionSession>()(
    z.object({
      sessionId: id,
      who: z.enum(['worker', 'supervisor']),
      // Personal mode only: the name typed to sign. In team mode the signed-in account signs and no name is typed.
      name: signingName.optional(),
    }),
    // Each signs their own part (supervision/service.ts checks who signs as whom).
    changeAbout(namedSession, { supervisor: true, self: true }),
  ),
  'supervision.addendum': method<SupervisionSession>()(
    z.object({
      sessionId: id,
      text: addendumText,
    }),
    changeAbout(namedSession, { supervisor: true, self: false }),
  ),
  // The worker and their supervisor mark the worker's actions done; the answer is cut like openActions.
  'supervision.setActionStatus': method<OpenAction[]>()(
    z.object({ actionId: id, status: z.enum(['open', 'done']) }),
    changeAbout({ field: 'actionId', record: 'supervision_action' }, { supervisor: true, self: true }),
  ),
  // Cut to the workers the caller may see (supervision/handlers.ts).
  'supervision.openActions': method<OpenAction[]>()(z.object({}).strict(), SIGNED_IN),
  'supervision.pdf': method<FileDownload>()(z.object({ id }), readAbout(sessionById)),
  'supervision.logPdf': method<FileDownload>()(
    z
      .object({ workerId: id, from: isoDate('start of the range'), to: isoDate('end of the range') })
      .refine((r) => r.to >= r.from, { path: ['to'], message: 'The range must end after it starts' }),
    readAbout({ field: 'workerId' }),
  ),
};
