import type { supervisionMethods } from '../../shared/api/methods/supervision.ts';
import { computeWorkerCompliance } from '../compliance/compute.ts';
import { onlyVisible } from '../access/visible-workers.ts';
import type { Ctx } from '../context.ts';
import { callerOf, today } from '../context.ts';
import { notFound } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';
import { sessionPdf, supervisionLogPdf } from '../reports/supervision-pdf.ts';
import { findWorkerFacts } from '../staff/queries.ts';
import * as q from './queries.ts';
import * as service from './service.ts';

/** Everyone's open actions, cut to the workers the caller may see. */
const visibleOpenActions = (ctx: Ctx) =>
  onlyVisible(ctx.db, callerOf(ctx), service.openActions(ctx, null), (a) => a.workerId);

export const supervisionHandlers = {
  'supervision.forWorker': ({ workerId }, ctx) => {
    const worker = findWorkerFacts(ctx.db, workerId);
    if (!worker) throw notFound('worker', workerId);
    const cadence = computeWorkerCompliance(ctx.db, worker, today(ctx)).items.filter(
      (i) => i.requirement.check === 'supervision',
    );
    return { sessions: q.sessionsOfWorker(ctx.db, workerId), cadence, openActions: service.openActions(ctx, workerId) };
  },
  'supervision.get': ({ id }, ctx) => {
    const session = q.findSession(ctx.db, id);
    if (!session) throw notFound('supervision session', id);
    return session;
  },
  'supervision.save': ({ id, fields }, ctx) => service.saveSession(ctx, id, fields),
  'supervision.sign': (input, ctx) => service.sign(ctx, input),
  'supervision.addendum': ({ sessionId, text }, ctx) => service.addAddendum(ctx, sessionId, text),
  'supervision.setActionStatus': ({ actionId, status }, ctx) => {
    service.setActionStatus(ctx, actionId, status);
    return visibleOpenActions(ctx);
  },
  'supervision.openActions': (_input, ctx) => visibleOpenActions(ctx),
  'supervision.pdf': ({ id }, ctx) => sessionPdf(ctx, id),
  'supervision.logPdf': (input, ctx) => supervisionLogPdf(ctx, input),
} satisfies HandlerTable<keyof typeof supervisionMethods>;
