import type { Database } from 'better-sqlite3';
import type { RequirementKind } from '../../shared/domain/requirements.ts';
import { REQUIREMENT_KIND_LABELS } from '../../shared/domain/requirements.ts';
import type { SearchHit } from '../../shared/domain/search.ts';
import { SEARCH_GROUP_LIMIT } from '../../shared/domain/search.ts';
import type { Role } from '../../shared/domain/staff.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { sql } from '../db/statements.ts';
import { requirementAddress } from './addresses.ts';
import type { Matches } from './matches.ts';
import { inEvery } from './matches.ts';
import { asJson } from './scope.ts';

/**
 * Where a requirement opens: the training matrix for those who see everyone; for a worker, the requirement on
 * their own page (only requirements of their role); for anyone else, nowhere, so it is not offered.
 */
export type RequirementPlace = { kind: 'matrix' } | { kind: 'own page'; workerId: number; role: Role } | null;

/** Requirements whose title, short title or code holds every word, those in force first. */
export function findRequirements(db: Database, matches: Matches, place: RequirementPlace): SearchHit[] {
  const { words, dates } = matches.text;
  if (place === null || words.length === 0 || dates.length > 0) return [];
  const ids = inEvery(matches.requirementsByWord);
  if (ids.length === 0) return [];
  const rows = sql(
    db,
    `SELECT id, title, short_title AS shortTitle, kind, roles, retired_on AS retiredOn FROM requirement
     WHERE id IN (SELECT value FROM json_each(?)) ORDER BY retired_on IS NOT NULL, position, id`,
  ).all(asJson(ids)) as {
    id: string;
    title: string;
    shortTitle: string;
    kind: RequirementKind;
    roles: string;
    retiredOn: string | null;
  }[];
  const hits: SearchHit[] = [];
  for (const row of rows) {
    if (place.kind === 'own page' && !(JSON.parse(row.roles) as Role[]).includes(place.role)) continue;
    hits.push({
      group: 'requirements',
      key: `requirement-${row.id}`,
      label: row.shortTitle || row.title,
      detail: [
        REQUIREMENT_KIND_LABELS[row.kind],
        row.id,
        row.retiredOn ? `retired ${formatUkDate(row.retiredOn)}` : '',
        row.shortTitle && row.shortTitle !== row.title ? row.title : '',
      ]
        .filter(Boolean)
        .join(' · '),
      link: place.kind === 'matrix' ? 'matrix' : requirementAddress(place.workerId, row.id, row.kind),
    });
    if (hits.length === SEARCH_GROUP_LIMIT) break;
  }
  return hits;
}
