import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../shared/domain/search.ts';
import { SEARCH_GROUP_LIMIT } from '../../shared/domain/search.ts';
import type { Role } from '../../shared/domain/staff.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { sql } from '../db/statements.ts';
import type { Matches } from './matches.ts';
import { inEvery } from './matches.ts';
import { asJson } from './scope.ts';
import { containing, startingWith } from './search-text.ts';

interface PersonRow {
  id: number;
  name: string;
  role: Role;
  place: string;
  leavingDate: string | null;
}

/** Workers whose name holds every word, those whose name starts with the first word first. */
export function findWorkers(db: Database, matches: Matches, today: string): SearchHit[] {
  const { words, dates } = matches.text;
  if (words.length === 0 || dates.length > 0) return [];
  const ids = inEvery(matches.workersByWord);
  if (ids.length === 0) return [];
  const rows = sql(
    db,
    `SELECT w.id, w.name, w.role, coalesce(p.name, e.name) AS place, w.leaving_date AS leavingDate
     FROM worker w JOIN employer e ON e.id = w.employer_id LEFT JOIN practice p ON p.id = w.base_practice_id
     WHERE w.id IN (SELECT value FROM json_each(?))
     ORDER BY w.name LIKE ? ESCAPE '\\' DESC, w.name COLLATE NOCASE, w.id LIMIT ?`,
  ).all(asJson(ids), startingWith(words[0] ?? ''), SEARCH_GROUP_LIMIT) as PersonRow[];
  return rows.map((row) => ({
    group: 'people',
    key: `worker-${row.id}`,
    label: row.name,
    detail: [
      ROLE_LABELS[row.role],
      row.place,
      row.leavingDate !== null && row.leavingDate <= today ? `left ${formatUkDate(row.leavingDate)}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
    link: `staff/${row.id}`,
  }));
}

/** Supervisors and first points of contact whose name holds every word: for those who read everything. */
export function findColleagues(db: Database, matches: Matches): SearchHit[] {
  const { words, dates } = matches.text;
  if (words.length === 0 || dates.length > 0) return [];
  const conditions = words.map(() => "c.name LIKE ? ESCAPE '\\'").join(' AND ');
  const rows = sql(
    db,
    `SELECT found.*, (SELECT count(*) FROM worker w WHERE w.supervisor_id = found.id) AS supervisees
     FROM (SELECT c.id, c.name, c.job_title AS jobTitle, p.name AS practice
           FROM colleague c LEFT JOIN practice p ON p.id = c.practice_id
           WHERE ${conditions} ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?) AS found`,
  ).all(...words.map(containing), SEARCH_GROUP_LIMIT) as {
    id: number;
    name: string;
    jobTitle: string;
    practice: string | null;
    supervisees: number;
  }[];
  return rows.map((row) => ({
    group: 'people',
    key: `colleague-${row.id}`,
    label: row.name,
    detail: [
      row.jobTitle || 'Colleague',
      row.practice ?? '',
      row.supervisees > 0 ? `supervises ${row.supervisees}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
    link: 'organisation',
  }));
}
