import type { Database } from 'better-sqlite3';
import type { Access, RecordKind, WorkerLocator } from '../../shared/api/access.ts';
import type { ApiErrorBody } from '../../shared/api/envelope.ts';
import { sql } from '../db/statements.ts';
import type { Caller } from './caller.ts';
import { isAllPowerful, readsEverything } from './caller.ts';
import { superviseesOf } from './visible-workers.ts';

/**
 * The workers a record belongs to. Every kind has one owner, except a certificate: files are stored once by
 * their content, so two workers who upload the same file (to a training record or a CPD entry) share it, and
 * either may open it.
 */
const OWNER_OF: Record<RecordKind, string> = {
  supervision_session: 'SELECT worker_id AS workerId FROM supervision_session WHERE id = ?',
  assessment: 'SELECT worker_id AS workerId FROM assessment WHERE id = ?',
  training_record: 'SELECT worker_id AS workerId FROM training_record WHERE id = ?',
  supervision_action:
    'SELECT s.worker_id AS workerId FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id WHERE a.id = ?',
  development_action: 'SELECT worker_id AS workerId FROM development_action WHERE id = ?',
  evidence_file: `SELECT DISTINCT workerId FROM (
       SELECT r.worker_id AS workerId, re.file_id AS fileId FROM record_evidence re JOIN training_record r ON r.id = re.record_id
       UNION ALL SELECT worker_id, evidence_file_id FROM cpd_entry) WHERE fileId = ?`,
  cpd_entry: 'SELECT worker_id AS workerId FROM cpd_entry WHERE id = ?',
};

/** The value at a dotted path of the input (`fields.workerId`), or undefined where the path leads nowhere. */
export function valueAt(input: unknown, path: string): unknown {
  let value: unknown = input;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The workers a locator names in this input: one for a worker id, the owners of a named record (none when the
 * record does not exist), or 'skipped' when an optional field is left empty.
 */
export function workersNamed(db: Database, locator: WorkerLocator, input: unknown): number[] | 'skipped' {
  const value = valueAt(input, locator.field);
  if ((value === null || value === undefined) && locator.optional) return 'skipped';
  if (typeof value !== 'number') return [];
  if (!('record' in locator)) return [value];
  return (sql(db, OWNER_OF[locator.record]).all(value) as { workerId: number }[]).map((r) => r.workerId);
}

const UNAUTHENTICATED: ApiErrorBody = { code: 'UNAUTHENTICATED', message: 'Sign in to Linkwork first' };
const forbidden = (why: string): ApiErrorBody => ({ code: 'FORBIDDEN', message: `You can't ${why}` });

/**
 * The one check before any handler runs: null when the caller may make this call, else the refusal.
 * A record that does not exist is refused to anyone who could not reach every record (so a refusal never says
 * whether an id exists); to the lead and the viewer, the handler answers NOT_FOUND.
 */
export function refusal(db: Database, access: Access, caller: Caller, input: unknown): ApiErrorBody | null {
  if (access.who === 'anyone' || caller.kind === 'personal') return null;
  if (caller.kind === 'anonymous') return UNAUTHENTICATED;
  if (isAllPowerful(caller) || access.who === 'signedIn') return null;
  if (access.who === 'lead') return forbidden('do this: it is for the PCN workforce lead');
  if (access.who === 'readers') return readsEverything(caller) ? null : forbidden('see this: it is for the lead');
  if (caller.viewer && !access.change) return null;
  const refused = forbidden(access.change ? "change this person's record" : "see this person's record");
  const supervisees = access.supervisor ? new Set(superviseesOf(db, caller.colleagueId)) : new Set<number>();
  const reaches = (worker: number) => (access.self && caller.workerId === worker) || supervisees.has(worker);
  const locators: readonly WorkerLocator[] = Array.isArray(access.worker) ? access.worker : [access.worker];
  let named = 0;
  for (const locator of locators) {
    const workers = workersNamed(db, locator, input);
    if (workers === 'skipped') continue;
    if (!workers.some(reaches)) return refused;
    named++;
  }
  return named > 0 ? null : refused;
}
