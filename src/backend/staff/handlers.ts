import type { staffMethods } from '../../shared/api/methods/staff.ts';
import { onlyVisible } from '../access/visible-workers.ts';
import { callerOf } from '../context.ts';
import { notFound } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';
import { registerPdf } from '../reports/register-pdf.ts';
import * as q from './queries.ts';
import * as service from './service.ts';

export const staffHandlers = {
  'worker.list': (_input, ctx) => onlyVisible(ctx.db, callerOf(ctx), q.listWorkerRows(ctx.db), (w) => w.id),
  'worker.get': ({ id }, { db }) => {
    const row = q.findWorkerRow(db, id);
    if (!row) throw notFound('worker', id);
    return row;
  },
  'worker.registerPdf': ({ view }, ctx) => registerPdf(ctx, view),
  'worker.create': (input, ctx) => service.createWorker(ctx, input),
  'worker.update': ({ id, fields }, ctx) => service.updateWorker(ctx, id, fields),
  'worker.markLeaver': ({ id, leavingDate }, ctx) => service.markLeaver(ctx, id, leavingDate),
  'worker.removeMadeInError': ({ id, reason }, ctx) => service.removeMadeInError(ctx, id, reason),
} satisfies HandlerTable<keyof typeof staffMethods>;
