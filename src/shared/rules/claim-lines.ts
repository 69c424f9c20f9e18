import type { ClaimLineView } from '../domain/claims.ts';

/** What the claim page shows of a month's lines. */
export interface ClaimLinesFilterState {
  search: string;
  blockedOnly: boolean;
}

export const NO_CLAIM_FILTER: ClaimLinesFilterState = { search: '', blockedOnly: false };

/** The lines whose worker's name contains the search (any case), and only the blocked ones if asked. */
export function filterClaimLines(lines: ClaimLineView[], filter: ClaimLinesFilterState): ClaimLineView[] {
  const search = filter.search.trim().toLocaleLowerCase('en-GB');
  if (!search && !filter.blockedOnly) return lines;
  return lines.filter(
    (l) =>
      (!search || l.name.toLocaleLowerCase('en-GB').includes(search)) &&
      (!filter.blockedOnly || l.blocking.length > 0 || l.problem !== null),
  );
}
