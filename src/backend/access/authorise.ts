import type { Database } from 'better-sqlite3';
import type { Access, WorkerLocator } from '../../shared/api/access.ts';
import type { ApiErrorBody } from '../../shared/api/envelope.ts';
import { sql } from '../db/statements.ts';
import type { Caller } from './caller.ts';
import { isAllPowerful, readsEverything } from './caller.ts';
import { superviseesOf } from './visible-workers.ts';

const OWNER_OF: Record<NonNullable<Extract<WorkerLocator, { record: string }>['record']>, string> = {
  supervision_session: 'SELECT worker_id AS workerId FROM supervision_session WHERE id = ?',
  assessment: 'SELECT worker_id AS workerId FROM assessment WHERE id = ?',
  training_record: 'SELECT worker_id AS workerId FROM training_record WHERE id = ?',
  supervision_action:
    'SELECT s.worker_id AS workerId FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id WHERE a.id = ?',
};

/** The worker a call is about, from its input; undefined when the record it names does not exist. */
function workerOf(db: Database, locator: WorkerLocator, input: unknown): number | undefined {
  const value = (input as Record<string, unknown>)[locator.field];
  if (typeof value !== 'number') return undefined;
  if (!('record' in locator)) return value;
  const row = sql(db, OWNER_OF[locator.record]).get(value) as { workerId: number } | undefined;
  return row?.workerId;
}

const UNAUTHENTICATED: ApiErrorBody = { code: 'UNAUTHENTICATED', message: 'Sign in to Linkwork first' };
const forbidden = (why: string): ApiErrorBody => ({ code: 'FORBIDDEN', message: `You can't ${why}` });

/**
 * The one check before any handler runs: null when the caller may make this call, else the refusal.
 * Unknown records are left to the handler, which answers NOT_FOUND for them (to anyone allowed to ask).
 */
export function refusal(db: Database, access: Access, caller: Caller, input: unknown): ApiErrorBody | null {
  if (access.who === 'anyone' || caller.kind === 'personal') return null;
  if (caller.kind === 'anonymous') return UNAUTHENTICATED;
  if (isAllPowerful(caller) || access.who === 'signedIn') return null;
  if (access.who === 'lead') return forbidden('do this: it is for the PCN workforce lead');
  if (access.who === 'readers') return readsEverything(caller) ? null : forbidden('see this: it is for the lead');
  if (caller.viewer && !access.change) return null;
  const worker = workerOf(db, access.worker, input);
  if (worker === undefined) return forbidden('see this record');
  if (access.self && caller.workerId === worker) return null;
  if (access.supervisor && superviseesOf(db, caller.colleagueId).includes(worker)) return null;
  return forbidden(access.change ? "change this person's record" : "see this person's record");
}
