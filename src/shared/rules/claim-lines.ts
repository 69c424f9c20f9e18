import type { ClaimLineView } from '../domain/claims.ts';
import { lineStanding } from './claim-decisions.ts';

/** What the claim page shows of a month's lines. */
export interface ClaimLinesFilterState {
  search: string;
  blockedOnly: boolean;
}

export const NO_CLAIM_FILTER: ClaimLinesFilterState = { search: '', blockedOnly: false };

/**
 * The lines whose worker's name contains the search (any case), and if asked only those still blocked: a line
 * excluded or overridden no longer stops the claim.
 */
export function filterClaimLines(lines: ClaimLineView[], filter: ClaimLinesFilterState): ClaimLineView[] {
  const search = filter.search.trim().toLocaleLowerCase('en-GB');
  if (!search && !filter.blockedOnly) return lines;
  return lines.filter(
    (l) =>
      (!search || l.name.toLocaleLowerCase('en-GB').includes(search)) &&
      (!filter.blockedOnly || lineStanding(l) === 'blocked'),
  );
}
