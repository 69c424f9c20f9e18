import type { InputOf } from '../../../shared/api/contract.ts';
import type { Domain } from '../../../shared/api/domains.ts';
import type { ClaimReadiness, ClaimView, ClaimYear, PayFields, PcnPosition } from '../../../shared/domain/claims.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { STATUS_INPUTS } from './compliance.ts';
import { createResource } from './resource.ts';

/** A claim month is worked out from nearly everything: who is in post, their pay, and every requirement's status. */
export const CLAIM_INPUTS: readonly Domain[] = ['claims', ...STATUS_INPUTS];

/** A month's claim: its lines and flags (frozen once submitted), its versions and the changes since the last one. */
export const claimView = createResource<string, ClaimView>({
  name: 'the claim month',
  load: (month) => call('claim.view', { month }),
  dependsOn: CLAIM_INPUTS,
});

/** Just the due date and blocked lines, for the banner on the staff register. */
export const claimReadiness = createResource<string, ClaimReadiness>({
  name: "the claim's readiness",
  load: (month) => call('claim.readiness', { month }),
  dependsOn: CLAIM_INPUTS,
});

/** The financial year's figures up to a month: slower, as every earlier month is worked out too. */
export const pcnPosition = createResource<string, PcnPosition>({
  name: "the year's position",
  load: (month) => call('claim.position', { month }),
  dependsOn: CLAIM_INPUTS,
});

/** The financial year's months (keyed "2026/27"), each with its latest claim, total and blocked lines. */
export const claimYear = createResource<string, ClaimYear>({
  name: "the year's claims",
  load: (financialYear) => call('claim.year', { financialYear }),
  dependsOn: CLAIM_INPUTS,
});

/** A worker's pay, each from the date it takes effect. */
export const payHistory = createResource<number, PayFields[]>({
  name: "this worker's pay",
  load: (workerId) => call('pay.history', { workerId }),
  dependsOn: ['claims'],
  workerOf: (workerId) => workerId,
});

/** Every claim action answers with the month's new view, shown at once. */
async function show(answer: Promise<ClaimView>): Promise<void> {
  const view = await answer;
  claimView.put(view.data.month, view);
}

export const startClaim = (month: string) => show(call('claim.start', { month }));

export const markClaimChecked = (id: number) => show(call('claim.check', { id }));

export const recordSubmission = (input: InputOf<'claim.submit'>) => show(call('claim.submit', input));

export const recordPayment = (input: InputOf<'claim.paid'>) => show(call('claim.paid', input));

export const confirmNwrs = (month: string, workerId: number) => show(call('claim.confirmNwrs', { month, workerId }));

/** Confirms (or takes back) the month's NWRS record on many lines in one step; answers how many changed. */
export async function setNwrsForLines(month: string, workerIds: number[], confirmed: boolean): Promise<number> {
  const { changed, view } = await call(confirmed ? 'claim.confirmNwrsAll' : 'claim.unconfirmNwrsAll', {
    month,
    workerIds,
  });
  claimView.put(month, view);
  return changed;
}

/** Excludes a line from this month or claims it despite its flags, with the reason. */
export const decideLine = (input: InputOf<'claim.decideLine'>) => show(call('claim.decideLine', input));

export const removeLineDecision = (id: number, workerId: number) =>
  show(call('claim.removeDecision', { id, workerId }));

/** A checked claim back to draft, to change a decision before submitting. */
export const reopenClaim = (id: number) => show(call('claim.reopen', { id }));

/** The month's actual payroll for one worker, in place of the figures worked out from their pay. */
export const savePayroll = (input: InputOf<'payroll.save'>) => show(call('payroll.save', input));

export async function savePay(input: InputOf<'pay.save'>): Promise<void> {
  payHistory.put(input.workerId, await call('pay.save', input));
}

export async function downloadClaimCsv(month: string): Promise<void> {
  const file = await call('claim.csv', { month });
  saveFile(file.fileName, 'text/csv;charset=utf-8', { text: file.text });
}

export async function downloadClaimPdf(month: string): Promise<void> {
  const file = await call('claim.pdf', { month });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}
