import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../shared/domain/search.ts';
import { SEARCH_GROUP_LIMIT } from '../../shared/domain/search.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { sql } from '../db/statements.ts';
import type { Matches } from './matches.ts';
import { asJson, visibleCondition } from './scope.ts';
import { containing } from './search-text.ts';

interface SessionRow {
  id: number;
  workerName: string;
  date: string;
  kind: string;
  supervisorName: string;
  workerSigned: 0 | 1;
  supervisorSigned: 0 | 1;
}

function signatures(row: SessionRow): string {
  if (row.workerSigned && row.supervisorSigned) return 'signed';
  if (!row.workerSigned && !row.supervisorSigned) return 'not yet signed';
  return row.workerSigned ? 'awaiting the supervisor’s signature' : 'awaiting the worker’s signature';
}

/**
 * Supervision sessions where each word names the person supervised or their supervisor (as written on the session,
 * or the colleague it names) and each date is the session's, latest first.
 */
export function findSessions(db: Database, matches: Matches): SearchHit[] {
  const { text, workersByWord, visible } = matches;
  if (text.words.length === 0 && text.dates.length === 0) return [];
  const scope = visibleCondition('s.worker_id', visible);
  const wordConditions = text.words.map(
    () =>
      " AND (s.worker_id IN (SELECT value FROM json_each(?)) OR s.supervisor_name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')",
  );
  const params = [
    ...scope.params,
    ...text.words.flatMap((word, i) => [asJson(workersByWord[i] ?? []), containing(word), containing(word)]),
    ...text.dates,
  ];
  const rows = sql(
    db,
    `SELECT s.id, w.name AS workerName, s.date, s.kind, coalesce(nullif(s.supervisor_name, ''), c.name, '') AS supervisorName,
       s.worker_signed_at IS NOT NULL AS workerSigned, s.supervisor_signed_at IS NOT NULL AS supervisorSigned
     FROM supervision_session s JOIN worker w ON w.id = s.worker_id LEFT JOIN colleague c ON c.id = s.supervisor_id
     WHERE 1 = 1${scope.where}${wordConditions.join('')}${text.dates.map(() => ' AND s.date = ?').join('')}
     ORDER BY s.date DESC, s.id DESC LIMIT ?`,
  ).all(...params, SEARCH_GROUP_LIMIT) as SessionRow[];
  return rows.map((row) => ({
    group: 'sessions',
    key: `session-${row.id}`,
    label: `${row.workerName}: supervision on ${formatUkDate(row.date)}`,
    detail: [row.kind, row.supervisorName ? `with ${row.supervisorName}` : '', signatures(row)]
      .filter(Boolean)
      .join(' · '),
    link: `supervision/${row.id}`,
  }));
}
