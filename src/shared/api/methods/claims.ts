import { z } from 'zod';
import type { ArrsSumRate, ClaimReadiness, ClaimView, PayFields, PcnPosition, Rate } from '../../domain/claims.ts';
import type { ClaimYear, NwrsBulkResult } from '../../domain/claims.ts';
import { lineDecisionFields, monthField, nwrsLinesFields, payFields, payrollFields } from '../../schemas/claims.ts';
import { arrsSumFields, financialYear, rateFields, rateUpdate } from '../../schemas/rates.ts';
import { id, isoDate } from '../../schemas/fields.ts';
import { method } from '../method.ts';
import type { FileDownload } from '../../domain/files.ts';

export const claimMethods = {
  'rate.list': method<Rate[]>()(z.object({}).strict()),
  'rate.save': method<Rate[]>()(rateFields),
  'rate.update': method<Rate[]>()(rateUpdate),
  'rate.remove': method<Rate[]>()(z.object({ id })),
  'arrsSum.list': method<ArrsSumRate[]>()(z.object({}).strict()),
  'arrsSum.save': method<ArrsSumRate[]>()(arrsSumFields),
  'arrsSum.remove': method<ArrsSumRate[]>()(z.object({ financialYear: z.string() })),
  'pay.history': method<PayFields[]>()(z.object({ workerId: id })),
  'pay.save': method<PayFields[]>()(payFields),
  'payroll.save': method<ClaimView>()(payrollFields),
  'claim.view': method<ClaimView>()(z.object({ month: monthField })),
  'claim.readiness': method<ClaimReadiness>()(z.object({ month: monthField })),
  'claim.position': method<PcnPosition>()(z.object({ month: monthField })),
  'claim.start': method<ClaimView>()(z.object({ month: monthField })),
  'claim.check': method<ClaimView>()(z.object({ id })),
  'claim.submit': method<ClaimView>()(
    z.object({
      id,
      submittedOn: isoDate('submission date'),
      portalReference: z.string().trim().min(1, 'Enter the portal reference').max(60),
    }),
  ),
  'claim.paid': method<ClaimView>()(z.object({ id, paidOn: isoDate('payment date') })),
  'claim.confirmNwrs': method<ClaimView>()(z.object({ month: monthField, workerId: id })),
  'claim.csv': method<{ fileName: string; text: string }>()(z.object({ month: monthField })),
  'claim.pdf': method<FileDownload>()(z.object({ month: monthField })),
  'claim.year': method<ClaimYear>()(z.object({ financialYear })),
  'claim.decideLine': method<ClaimView>()(lineDecisionFields),
  'claim.removeDecision': method<ClaimView>()(z.object({ id, workerId: id })),
  'claim.reopen': method<ClaimView>()(z.object({ id })),
  'claim.confirmNwrsAll': method<NwrsBulkResult>()(nwrsLinesFields),
  'claim.unconfirmNwrsAll': method<NwrsBulkResult>()(nwrsLinesFields),
};
