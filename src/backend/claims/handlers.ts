import type { claimMethods } from '../../shared/api/methods/claims.ts';
import { recordAudit } from '../audit/record.ts';
import { inTransaction } from '../context.ts';
import type { HandlerTable } from '../handler.ts';
import { claimCsv, claimPdf } from './exports.ts';
import { payHistory } from './pay-queries.ts';
import * as q from './queries.ts';
import { listArrsSums, listRates } from './rate-queries.ts';
import * as rates from './rates.ts';
import * as service from './service.ts';

export const claimHandlers = {
  'rate.list': (_input, { db }) => listRates(db),
  'rate.save': (input, ctx) => rates.saveRate(ctx, input),
  'rate.update': ({ id, fields }, ctx) => rates.updateRate(ctx, id, fields),
  'rate.remove': ({ id }, ctx) => rates.removeRate(ctx, id),
  'arrsSum.list': (_input, { db }) => listArrsSums(db),
  'arrsSum.save': (input, ctx) => rates.saveArrsSum(ctx, input),
  'arrsSum.remove': ({ financialYear }, ctx) => rates.removeArrsSum(ctx, financialYear),
  'pay.history': ({ workerId }, { db }) => payHistory(db, workerId),
  'pay.save': (input, ctx) => service.savePay(ctx, input),
  'payroll.save': (input, ctx) => {
    service.requireClaimMonth(ctx, input.month);
    inTransaction(ctx, () => {
      q.upsertPayrollActual(ctx.db, input);
      recordAudit(ctx, {
        action: 'payroll.save',
        entity: 'payroll_actual',
        entityId: null,
        workerId: input.workerId,
        summary: `Recorded actual payroll for ${input.month}`,
        after: input,
      });
    });
    return service.claimView(ctx, input.month);
  },
  'claim.view': ({ month }, ctx) => service.claimView(ctx, month),
  'claim.readiness': ({ month }, ctx) => service.claimReadiness(ctx, month),
  'claim.position': ({ month }, ctx) => service.pcnPosition(ctx, month),
  'claim.start': ({ month }, ctx) => service.start(ctx, month),
  'claim.check': ({ id }, ctx) => service.markChecked(ctx, id),
  'claim.submit': (input, ctx) => service.submit(ctx, input),
  'claim.paid': (input, ctx) => service.markPaid(ctx, input),
  'claim.confirmNwrs': ({ month, workerId }, ctx) => {
    service.confirmNwrs(ctx, workerId, month);
    return service.claimView(ctx, month);
  },
  'claim.csv': ({ month }, ctx) => claimCsv(ctx, month),
  'claim.pdf': ({ month }, ctx) => claimPdf(ctx, month),
} satisfies HandlerTable<keyof typeof claimMethods>;
