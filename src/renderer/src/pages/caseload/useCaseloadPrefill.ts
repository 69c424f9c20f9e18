import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { supervisionPrefill } from '../../../../shared/rules/caseload.ts';
import { formatMonth } from '../../../../shared/rules/dates.ts';
import { workerCaseload } from '../../stores/caseload.ts';

export interface CaseloadPrefill {
  /** False while a link worker's figures are loading: the form waits, so what it starts from does not jump. */
  ready: boolean;
  caseloadActive: string;
  newReferrals: string;
  /** "From the caseload figures for October 2026", or null when nothing was filled in. */
  source: string | null;
}

/**
 * A new supervision session's caseload fields, from a link worker's monthly figures. Anyone else, or figures that
 * cannot be read, leaves them blank to type.
 */
export function useCaseloadPrefill(worker: WorkerRow, newSession: boolean, sessionDate: string): CaseloadPrefill {
  const wanted = newSession && worker.role === 'splw';
  const state = workerCaseload.use(worker.id, wanted);
  const blank = { caseloadActive: '', newReferrals: '', source: null };
  if (!wanted) return { ready: true, ...blank };
  if (state.status === 'loading') return { ready: false, ...blank };
  const prefill = state.status === 'ready' ? supervisionPrefill(state.data.months, sessionDate) : null;
  if (!prefill) return { ready: true, ...blank };
  return {
    ready: true,
    caseloadActive: String(prefill.supportedNow),
    newReferrals: String(prefill.newReferrals),
    source: `From the caseload figures for ${formatMonth(prefill.month)}`,
  };
}
