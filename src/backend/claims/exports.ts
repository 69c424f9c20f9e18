import Papa from 'papaparse';
import type { ClaimLineView } from '../../shared/domain/claims.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { isClaimed, lineNote } from '../../shared/rules/claim-decisions.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { penceAsTyped } from '../../shared/rules/money.ts';
import type { Ctx } from '../context.ts';
import { claimView } from './service.ts';

const plain = penceAsTyped;

/** The form's "reason when no", and anything else a reader needs: excluded, overridden, or why £0.00. */
const reasonOf = (l: ClaimLineView) =>
  [l.meetsTrainingRequirements ? '' : l.trainingReason, lineNote(l)].filter(Boolean).join('; ');

/**
 * One row per line, in the order the ICB claim form asks, amounts in pounds with pence. Every line is listed,
 * claimed or not, and the reason column says why a line is not claimed or claims £0.00.
 */
export function claimCsv(ctx: Ctx, month: string): { fileName: string; text: string } {
  const { data } = claimView(ctx, month);
  const rows = data.lines.map((l) => [
    ROLE_LABELS[l.role],
    String(l.workerId),
    formatUkDate(l.startDate),
    formatUkDate(l.leavingDate),
    plain(l.salaryPence),
    plain(l.niPence),
    plain(l.pensionPence),
    String(l.hoursPerWeek),
    plain(l.role === 'splw' ? l.contributionPence : 0),
    l.meetsTrainingRequirements ? 'Yes' : 'No',
    reasonOf(l),
    plain(isClaimed(l) ? l.claimablePence : 0),
  ]);
  const header = [
    'Role',
    'Worker id',
    'Start date',
    'Leaving date',
    'Monthly salary',
    "Employer's NI",
    "Employer's pension",
    'Hours a week',
    'Monthly fees',
    'Meets training requirements',
    'Reason',
    'Claimable',
  ];
  return { fileName: `arrs-claim-${month}.csv`, text: `\ufeff${Papa.unparse([header, ...rows])}\r\n` };
}
