import type { Database } from 'better-sqlite3';
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claims.ts';
import type { SearchHit } from '../../shared/domain/search.ts';
import { SEARCH_GROUP_LIMIT } from '../../shared/domain/search.ts';
import { formatMonth, formatUkDate } from '../../shared/rules/dates.ts';
import { claimMonthProblem } from '../../shared/rules/plausible.ts';
import { claimVersions } from '../claims/queries.ts';
import { sql } from '../db/statements.ts';
import { containing } from './search-text.ts';

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

const claimHit = (db: Database, month: string, reference: string | null): SearchHit => ({
  group: 'claims',
  key: `claim-${month}`,
  label: `ARRS claim for ${formatMonth(month)}`,
  detail: reference ? `${claimState(db, month)} · portal reference ${reference}` : claimState(db, month),
  link: `claims?month=${month}`,
});

/**
 * The ARRS claim for a month typed in any of the usual ways (when the month is within the scheme), and the claims
 * whose portal reference holds the text, newest month first.
 */
export function findClaims(db: Database, typed: string, month: string | null, today: string): SearchHit[] {
  const byMonth = month !== null && claimMonthProblem(month, today) === null ? [claimHit(db, month, null)] : [];
  const byReference = (
    sql(
      db,
      `SELECT month, max(portal_reference) AS reference FROM claim WHERE portal_reference LIKE ? ESCAPE '\\'
       GROUP BY month ORDER BY month DESC LIMIT ?`,
    ).all(containing(typed.trim()), SEARCH_GROUP_LIMIT) as { month: string; reference: string }[]
  )
    .filter((row) => row.month !== month)
    .map((row) => claimHit(db, row.month, row.reference));
  return [...byMonth, ...byReference].slice(0, SEARCH_GROUP_LIMIT);
}
