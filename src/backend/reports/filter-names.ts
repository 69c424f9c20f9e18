import type { Database } from 'better-sqlite3';
import type { OrganisationNames } from '../../shared/rules/filter-words.ts';
import { notFound } from '../errors.ts';
import { findEmployer, findPractice } from '../pcn/queries.ts';

/** The employer and practice a filter names, for its words; NOT_FOUND when either names nothing. */
export function filterNames(
  db: Database,
  filter: { employerId: number | null; practiceId: number | null },
): OrganisationNames {
  const employer = filter.employerId === null ? undefined : findEmployer(db, filter.employerId);
  if (filter.employerId !== null && !employer) throw notFound('employer', filter.employerId);
  const practice = filter.practiceId === null ? undefined : findPractice(db, filter.practiceId);
  if (filter.practiceId !== null && !practice) throw notFound('practice', filter.practiceId);
  return { employer: () => employer?.name ?? '', practice: () => practice?.name ?? '' };
}
