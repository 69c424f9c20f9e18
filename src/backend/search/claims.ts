import type { Database } from 'better-sqlite3';
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claims.ts';
import type { SearchHit } from '../../shared/domain/search.ts';
import { formatMonth, formatUkDate } from '../../shared/rules/dates.ts';
import { claimMonthProblem } from '../../shared/rules/plausible.ts';
import { claimVersions } from '../claims/queries.ts';

/** The month's claim as it stands: its latest version's status, or that none is started. */
function claimState(db: Database, month: string): string {
  const latest = claimVersions(db, month)[0];
  if (!latest) return 'No claim started yet';
  const version = `version ${latest.version}`;
  if (latest.status === 'paid' && latest.paidOn) return `Paid ${formatUkDate(latest.paidOn)} · ${version}`;
  if (latest.status === 'submitted' && latest.submittedOn)
    return `Submitted ${formatUkDate(latest.submittedOn)} · ${version}`;
  return `${CLAIM_STATUS_LABELS[latest.status]} · ${version}`;
}

/** The ARRS claim for a month typed in any of the usual ways, when the month is within the scheme. */
export function findClaims(db: Database, month: string | null, today: string): SearchHit[] {
  if (month === null || claimMonthProblem(month, today) !== null) return [];
  return [
    {
      group: 'claims',
      key: `claim-${month}`,
      label: `ARRS claim for ${formatMonth(month)}`,
      detail: claimState(db, month),
      link: `claims?month=${month}`,
    },
  ];
}
