import { z } from 'zod';
import type { ArrsSumRate, ClaimReadiness, ClaimView, PayFields, PcnPosition, Rate } from '../../domain/claims.ts';
import type { ClaimYear, NwrsBulkResult } from '../../domain/claims.ts';
import { lineDecisionFields, monthField, nwrsLinesFields, payFields, payrollFields } from '../../schemas/claims.ts';
import { arrsSumFields, financialYear, rateFields, rateUpdate } from '../../schemas/rates.ts';
import { id, isoDate } from '../../schemas/fields.ts';
import { staffText } from '../../schemas/staff-text.ts';
import { LEAD, READERS } from '../access.ts';
import { method } from '../method.ts';
import type { FileDownload } from '../../domain/files.ts';

export const claimMethods = {
  'rate.list': method<Rate[]>()(z.object({}).strict(), READERS),
  'rate.save': method<Rate[]>()(rateFields, LEAD),
  'rate.update': method<Rate[]>()(rateUpdate, LEAD),
  'rate.remove': method<Rate[]>()(z.object({ id }), LEAD),
  'arrsSum.list': method<ArrsSumRate[]>()(z.object({}).strict(), READERS),
  'arrsSum.save': method<ArrsSumRate[]>()(arrsSumFields, LEAD),
  'arrsSum.remove': method<ArrsSumRate[]>()(z.object({ financialYear }), LEAD),
  'pay.history': method<PayFields[]>()(z.object({ workerId: id }), READERS),
  'pay.save': method<PayFields[]>()(payFields, LEAD),
  'payroll.save': method<ClaimView>()(payrollFields, LEAD),
  'claim.view': method<ClaimView>()(z.object({ month: monthField }), READERS),
  'claim.readiness': method<ClaimReadiness>()(z.object({ month: monthField }), READERS),
  'claim.position': method<PcnPosition>()(z.object({ month: monthField }), READERS),
  'claim.start': method<ClaimView>()(z.object({ month: monthField }), LEAD),
  'claim.check': method<ClaimView>()(z.object({ id }), LEAD),
  'claim.submit': method<ClaimView>()(
    z.object({
      id,
      submittedOn: isoDate('submission date'),
      portalReference: staffText(60, { required: 'Enter the portal reference' }),
    }),
    LEAD,
  ),
  'claim.paid': method<ClaimView>()(z.object({ id, paidOn: isoDate('payment date') }), LEAD),
  'claim.confirmNwrs': method<ClaimView>()(z.object({ month: monthField, workerId: id }), LEAD),
  'claim.csv': method<{ fileName: string; text: string }>()(z.object({ month: monthField }), READERS),
  'claim.pdf': method<FileDownload>()(z.object({ month: monthField }), READERS),
  'claim.year': method<ClaimYear>()(z.object({ financialYear }), READERS),
  'claim.decideLine': method<ClaimView>()(lineDecisionFields, LEAD),
  'claim.removeDecision': method<ClaimView>()(z.object({ id, workerId: id }), LEAD),
  'claim.reopen': method<ClaimView>()(z.object({ id }), LEAD),
  'claim.confirmNwrsAll': method<NwrsBulkResult>()(nwrsLinesFields, LEAD),
  'claim.unconfirmNwrsAll': method<NwrsBulkResult>()(nwrsLinesFields, LEAD),
};
