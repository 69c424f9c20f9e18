import type { claimMethods } from '../../shared/api/methods/claims.ts';
import type { HandlerTable } from '../handler.ts';
import { decideLine, removeDecision } from './decisions.ts';
import { claimPdf } from '../reports/claim-pdf.ts';
import { claimCsv } from './exports.ts';
import { confirmNwrsAll, unconfirmNwrsAll } from './nwrs.ts';
import { payHistory } from './pay-queries.ts';
import { savePayroll } from './payroll.ts';
import { listArrsSums, listRates } from './rate-queries.ts';
import * as rates from './rates.ts';
import { viewAfterWrite } from './revert.ts';
import * as service from './service.ts';
import { claimYear } from './year.ts';

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
    savePayroll(ctx, input);
    return viewAfterWrite(ctx, input.month);
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
    return viewAfterWrite(ctx, month);
  },
  'claim.csv': ({ month }, ctx) => claimCsv(ctx, month),
  'claim.pdf': ({ month }, ctx) => claimPdf(ctx, month),
  'claim.year': ({ financialYear }, ctx) => claimYear(ctx, financialYear),
  'claim.decideLine': (input, ctx) => decideLine(ctx, input),
  'claim.removeDecision': (input, ctx) => removeDecision(ctx, input),
  'claim.reopen': ({ id }, ctx) => service.reopen(ctx, id),
  'claim.confirmNwrsAll': (input, ctx) => confirmNwrsAll(ctx, input),
  'claim.unconfirmNwrsAll': (input, ctx) => unconfirmNwrsAll(ctx, input),
} satisfies HandlerTable<keyof typeof claimMethods>;
