import type { SearchResults } from '../../shared/domain/search.ts';
import { SEARCH_GROUP_LIMIT } from '../../shared/domain/search.ts';
import type { Caller } from '../access/caller.ts';
import { readsEverything } from '../access/caller.ts';
import { visibleWorkers } from '../access/visible-workers.ts';
import type { Ctx } from '../context.ts';
import { callerOf, today } from '../context.ts';
import { findWorkerFacts } from '../staff/queries.ts';
import { findClaims } from './claims.ts';
import { matchesOf } from './matches.ts';
import { findColleagues, findWorkers } from './people.ts';
import { findRecords } from './records.ts';
import type { RequirementPlace } from './requirements.ts';
import { findRequirements } from './requirements.ts';
import { readSearchText } from './search-text.ts';
import { findSessions } from './sessions.ts';

function requirementPlace(ctx: Ctx, caller: Caller): RequirementPlace {
  if (readsEverything(caller)) return { kind: 'matrix' };
  const self = caller.kind === 'account' && caller.workerId !== null ? findWorkerFacts(ctx.db, caller.workerId) : null;
  return self ? { kind: 'own page', workerId: self.id, role: self.role } : null;
}

/**
 * The top bar's search: people, requirements, training records, supervision sessions and ARRS claims, each group
 * cut in SQL to the workers the caller may see (claims and colleagues only for those who see everyone), at most
 * SEARCH_GROUP_LIMIT a group.
 */
export function search(ctx: Ctx, typed: string): SearchResults {
  const caller = callerOf(ctx);
  const readsAll = readsEverything(caller);
  const text = readSearchText(typed);
  const matches = matchesOf(ctx.db, text, visibleWorkers(ctx.db, caller));
  const day = today(ctx);
  const workers = findWorkers(ctx.db, matches, day);
  const colleagues = readsAll ? findColleagues(ctx.db, matches) : [];
  return {
    text: typed,
    hits: [
      ...[...workers, ...colleagues].slice(0, SEARCH_GROUP_LIMIT),
      ...findRequirements(ctx.db, matches, requirementPlace(ctx, caller)),
      ...findRecords(ctx.db, matches),
      ...findSessions(ctx.db, matches),
      ...(readsAll ? findClaims(ctx.db, typed, text.month, day) : []),
    ],
  };
}
