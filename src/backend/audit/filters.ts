import type { Database } from 'better-sqlite3';
import { addDays, ukDateOf } from '../../shared/rules/dates.ts';
import type { AuditFilters } from '../../shared/schemas/audit.ts';
import { sql } from '../db/statements.ts';
import type { Condition } from './scope.ts';

const HOUR_MS = 60 * 60 * 1000;

/** The instant a UK calendar day begins, written as `at` is (ISO, UTC): midnight in London, in summer or winter. */
export function ukDayStart(day: string): string {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const summerMidnight = new Date(utcMidnight - HOUR_MS);
  return (ukDateOf(summerMidnight) === day ? summerMidnight : new Date(utcMidnight)).toISOString();
}

/** The entries a filtered read takes: their condition, and their number when finding them has counted it. */
export interface Selection {
  where: Condition;
  total: number | null;
}

/**
 * The entries the filters match (all of them apply) within the caller's scope, or null when the dates hold none.
 *
 * The log is read in the order it was written (id), which is also its hash chain's; `at` is what the clock said,
 * which can go back (a corrected clock, a demonstration on a pinned day). An integrated care system's log holds
 * hundreds of thousands of entries, so every filter leads to an index in id order (migration 014): a worker's,
 * an action's or a kind of record's entries, or the whole log. Dates first find, in the index by time, the lowest
 * and highest id written on those days: every entry on those days lies between them, so that id range narrows
 * the index read (and, if the clock went back within it, `at` is checked on each entry in it). A `+` keeps SQLite
 * from using a column's index when another filter's index is the narrower.
 */
export function selectionOf(db: Database, filters: AuditFilters, scope: Condition | null): Selection | null {
  const { workerId, from, to, action, entity } = filters;
  const conditions: string[] = scope ? [scope.sql] : [];
  const params: Record<string, unknown> = { ...scope?.params };
  const add = (condition: string, values: Record<string, unknown>) => {
    conditions.push(condition);
    Object.assign(params, values);
  };
  if (workerId !== null) add('worker_id = @workerId', { workerId });
  if (action !== null) add(`${workerId === null ? '' : '+'}action = @action`, { action });
  if (entity !== null) add(`${workerId === null && action === null ? '' : '+'}entity = @entity`, { entity });
  let counted: number | null = null;
  const dated = from !== null || to !== null;
  if (dated && workerId !== null) {
    // A worker's history is short: its dates are checked entry by entry.
    add('+at >= @fromAt AND +at < @beforeAt', instantsOf(from, to));
  } else if (dated) {
    const days = daysOf(db, from, to);
    if (!days) return null;
    // When the ids between hold no more entries than those days do, they are exactly those days' entries (the
    // clock never went back across them) and the times need no second look.
    const exact = days.params.lastId - days.params.firstId + 1 === days.entries;
    add(`id BETWEEN @firstId AND @lastId${exact ? '' : ' AND +at >= @fromAt AND +at < @beforeAt'}`, days.params);
    // With no other filter, the entries on those days are all there is to count.
    if (conditions.length === 1) counted = days.entries;
  }
  return { where: { sql: conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`, params }, total: counted };
}

/** The instants the days from `from` to `to` (UK days, both included) begin and end at, as `at` is written. */
function instantsOf(from: string | null, to: string | null): { fromAt: string; beforeAt: string } {
  return {
    fromAt: from === null ? '' : ukDayStart(from),
    // Later than any instant written as `at` ("9999-…Z" sorts after every year Linkwork accepts).
    beforeAt: to === null ? '9999' : ukDayStart(addDays(to, 1)),
  };
}

/** The entries written on those days: how many, and the range of their ids; null when there are none. */
function daysOf(db: Database, from: string | null, to: string | null) {
  const { fromAt, beforeAt } = instantsOf(from, to);
  const found = sql(
    db,
    'SELECT count(*) AS entries, min(id) AS firstId, max(id) AS lastId FROM audit_log WHERE at >= ? AND at < ?',
  ).get(fromAt, beforeAt) as { entries: number; firstId: number | null; lastId: number | null };
  if (found.firstId === null || found.lastId === null) return null;
  return { entries: found.entries, params: { firstId: found.firstId, lastId: found.lastId, fromAt, beforeAt } };
}
