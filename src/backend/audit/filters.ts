import type { AuditFilters } from '../../shared/schemas/audit.ts';
import { addDays, ukDateOf } from '../../shared/rules/dates.ts';
import type { Condition } from './scope.ts';

const HOUR_MS = 60 * 60 * 1000;

/** The instant a UK calendar day begins, written as `at` is (ISO, UTC): midnight in London, in summer or winter. */
export function ukDayStart(day: string): string {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const summerMidnight = new Date(utcMidnight - HOUR_MS);
  return (ukDateOf(summerMidnight) === day ? summerMidnight : new Date(utcMidnight)).toISOString();
}

/**
 * The WHERE clause for the filters (all of them apply) within the caller's scope. The log can hold hundreds of
 * thousands of entries, so each filter leads to one index (migration 014) and the rest are checked on the rows
 * it finds: a worker's history is the smallest set, then an action or a kind of record (each with its dates),
 * then the dates alone. A `+` before a column keeps SQLite from choosing that column's index instead.
 */
export function whereOf(filters: AuditFilters, scope: Condition | null): Condition {
  const { workerId, from, to, action, entity } = filters;
  const indexed = workerId !== null ? 'worker' : action !== null ? 'action' : entity !== null ? 'entity' : 'time';
  const use = (column: string, leads: boolean) => (leads ? column : `+${column}`);
  const conditions: string[] = [];
  const params: Record<string, unknown> = { ...scope?.params };
  if (scope) conditions.push(scope.sql);
  if (workerId !== null) {
    conditions.push('worker_id = @workerId');
    params.workerId = workerId;
  }
  if (action !== null) {
    conditions.push(`${use('action', indexed === 'action')} = @action`);
    params.action = action;
  }
  if (entity !== null) {
    conditions.push(`${use('entity', indexed === 'entity')} = @entity`);
    params.entity = entity;
  }
  const datesLead = indexed !== 'worker';
  if (from !== null) {
    conditions.push(`${use('at', datesLead)} >= @fromAt`);
    params.fromAt = ukDayStart(from);
  }
  if (to !== null) {
    conditions.push(`${use('at', datesLead)} < @beforeAt`);
    params.beforeAt = ukDayStart(addDays(to, 1));
  }
  return { sql: conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`, params };
}
