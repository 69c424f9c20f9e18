import type { Database } from 'better-sqlite3';
import type { RecordStatus, RequirementKind } from '../../shared/domain/requirements.ts';
import { RECORD_STATUS_LABELS } from '../../shared/domain/requirements.ts';
import type { SearchHit } from '../../shared/domain/search.ts';
import { SEARCH_GROUP_LIMIT } from '../../shared/domain/search.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { sql } from '../db/statements.ts';
import { requirementAddress } from './addresses.ts';
import type { Matches } from './matches.ts';
import { asJson, visibleCondition } from './scope.ts';

interface RecordRow {
  id: number;
  workerId: number;
  requirementId: string;
  workerName: string;
  requirement: string;
  kind: RequirementKind;
  status: RecordStatus;
  startDate: string | null;
  completedOn: string | null;
  expiresOn: string | null;
}

/** "Completed 01/10/2026 · expires 01/10/2027", "Booked · starts 03/12/2026". */
function recordDetail(row: RecordRow): string {
  const parts: string[] = [
    row.completedOn
      ? `${RECORD_STATUS_LABELS[row.status]} ${formatUkDate(row.completedOn)}`
      : RECORD_STATUS_LABELS[row.status],
  ];
  if (!row.completedOn && row.startDate) parts.push(`starts ${formatUkDate(row.startDate)}`);
  if (row.expiresOn) parts.push(`expires ${formatUkDate(row.expiresOn)}`);
  return parts.join(' · ');
}

/**
 * Current training records (neither withdrawn nor corrected since) where each word names the person or the
 * requirement and each date is the record's start, completion or expiry. A record is found by what it is for: a
 * person's name alone finds the person, not a page of their records, so a requirement word or a date is needed.
 * Newest recorded first: walking the ids backwards stops at the eighth match, where sorting by date would read
 * every match first (tens of thousands at ICS scale for a word like "an").
 */
export function findRecords(db: Database, matches: Matches): SearchHit[] {
  const { text, workersByWord, requirementsByWord, visible } = matches;
  const namesRequirement = requirementsByWord.some((ids) => ids.length > 0);
  if (!namesRequirement && text.dates.length === 0) return [];
  if (text.words.some((_, i) => workersByWord[i]?.length === 0 && requirementsByWord[i]?.length === 0)) return [];

  const scope = visibleCondition('t.worker_id', visible);
  // Each word names people, requirements or both; a side it names nothing of is left out, so a word naming only
  // people is a plain `worker_id IN (…)` that the index on the worker answers.
  const wordSides = text.words.map((_, i) =>
    [
      { column: 't.worker_id', ids: workersByWord[i] ?? [] },
      { column: 't.requirement_id', ids: requirementsByWord[i] ?? [] },
    ].filter((side) => side.ids.length > 0),
  );
  const wordConditions = wordSides.map(
    (sides) => ` AND (${sides.map((side) => `${side.column} IN (SELECT value FROM json_each(?))`).join(' OR ')})`,
  );
  const dateConditions = text.dates.map(() => ' AND ? IN (t.start_date, t.completed_on, t.expires_on)');
  const params = [
    ...scope.params,
    ...wordSides.flatMap((sides) => sides.map((side) => asJson(side.ids))),
    ...text.dates,
  ];
  const rows = sql(
    db,
    `SELECT t.id, t.worker_id AS workerId, t.requirement_id AS requirementId, w.name AS workerName,
       coalesce(nullif(r.short_title, ''), r.title) AS requirement, r.kind, t.status, t.start_date AS startDate,
       t.completed_on AS completedOn, t.expires_on AS expiresOn
     FROM training_record t JOIN worker w ON w.id = t.worker_id JOIN requirement r ON r.id = t.requirement_id
     WHERE t.withdrawn_at IS NULL AND NOT EXISTS (SELECT 1 FROM training_record n WHERE n.replaces_id = t.id)
       ${scope.where}${wordConditions.join('')}${dateConditions.join('')}
     ORDER BY t.id DESC LIMIT ?`,
  ).all(...params, SEARCH_GROUP_LIMIT) as RecordRow[];
  return rows.map((row) => ({
    group: 'records',
    key: `record-${row.id}`,
    label: `${row.requirement}: ${row.workerName}`,
    detail: recordDetail(row),
    link: requirementAddress(row.workerId, row.requirementId, row.kind),
  }));
}
