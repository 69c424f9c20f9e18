import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { DataChange, Domain } from '../shared/api/domains.ts';
import { DOMAINS, domainOfMethod } from '../shared/api/domains.ts';
import type { Envelope } from '../shared/api/envelope.ts';
import { sql } from './db/statements.ts';

/** A call that succeeded. */
type Answered = Extract<Envelope<unknown>, { ok: true }>;

interface WriteMark {
  changes: number;
  factSeq: number;
}

function writeMark(db: Database): WriteMark {
  return sql(
    db,
    'SELECT total_changes() AS changes, (SELECT coalesce(max(seq), 0) FROM fact_change) AS factSeq',
  ).get() as WriteMark;
}

/**
 * Calls whose write comes after an await (an .xlsx is read asynchronously before its rows are written; a backup's
 * audit entry once the copy is made): their writes are counted when the answer is ready, not when the synchronous
 * part ends.
 */
const WRITES_AFTER_AWAIT: ReadonlySet<string> = new Set(['import.commit', 'backup.now']);

/** Domains whose data a call of another domain also writes (an import adds training records, or workers). */
const ALSO_WRITES: Readonly<Partial<Record<Domain, readonly Domain[]>>> = { imports: ['training', 'staff'] };

const fieldOf = (o: unknown, name: 'workerId' | 'id'): unknown =>
  typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[name] : undefined;

/** Worker ids the call names: `workerId` in its input, and on a `worker.*` method the `id` of its input or answer. */
function workersNamedIn(method: string, input: unknown, value: unknown): number[] {
  const named = [fieldOf(input, 'workerId')];
  if (method.startsWith('worker.')) named.push(fieldOf(input, 'id'), fieldOf(value, 'id')); // the answer: one added
  return named.filter((v): v is number => typeof v === 'number' && Number.isInteger(v));
}

/**
 * Tells listeners what each committed write changed. Writes are seen by SQLite's own count of changed rows
 * on this connection, so no handler has to remember to announce itself; the workers touched come from the
 * trigger-written `fact_change` log and from the input.
 */
export class ChangeFeed {
  private readonly listeners = new Set<(change: DataChange) => void>();
  private readonly launch = randomBytes(6).toString('base64url');
  private count = 0;
  private db: Database;
  private readonly afterWrite: (workerIds: readonly number[] | null) => readonly Domain[];

  /**
   * `afterWrite` runs once after each committed write, before it is announced, with the workers it touched, and
   * names any further domains it wrote itself (a checked claim sent back to draft, those workers' reminders), so
   * the one announcement covers both. Its own writes are not announced again, so they cannot set off another.
   */
  constructor(db: Database, afterWrite: (workerIds: readonly number[] | null) => readonly Domain[] = () => []) {
    this.db = db;
    this.afterWrite = afterWrite;
  }

  subscribe(listener: (change: DataChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs a call and, if it succeeded and wrote anything, announces the change and adds it to the envelope.
   * Writes are synchronous (better-sqlite3), so the count is taken once the handler's synchronous part has run:
   * an asynchronous handler (a PDF) only reads after that, and another call's write meanwhile is not its own.
   */
  async track(
    method: string,
    input: unknown,
    run: (afterSyncPart: () => void) => Promise<Envelope<unknown>>,
  ): Promise<Envelope<unknown>> {
    const before = writeMark(this.db);
    let after: WriteMark | null = null;
    const envelope = await run(() => {
      if (!WRITES_AFTER_AWAIT.has(method)) after = writeMark(this.db);
    });
    if (!envelope.ok || this.db.inTransaction) return envelope;
    if ((after ?? writeMark(this.db)).changes === before.changes) return envelope;
    const workerIds = this.workersTouched(method, input, envelope.value, before.factSeq);
    return this.announce(
      envelope,
      [...new Set([...this.domainsWrittenBy(method), ...this.followUp(workerIds)])],
      workerIds,
    );
  }

  /** The data file was replaced (a restore): writes are counted on its new connection from now on. */
  reconnect(db: Database): void {
    this.db = db;
  }

  /** Everything may have changed (a restore): every domain, and every worker, so every open page reads again. */
  announceEverything(envelope: Answered): Envelope<unknown> {
    return this.announce(envelope, [...DOMAINS], null);
  }

  private announce(
    envelope: Answered,
    domains: DataChange['domains'],
    workerIds: DataChange['workerIds'],
  ): Envelope<unknown> {
    const change: DataChange = { id: `${this.launch}.${++this.count}`, domains, workerIds };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        // A window that has gone (say) must not turn a committed write into a failed call.
        console.error(`[linkwork] a listener could not take a change: ${(error as Error).message}`);
      }
    }
    return { ...envelope, change };
  }

  /** The call's own write has committed and stands whatever happens here; a failure is only reported. */
  private followUp(workerIds: readonly number[] | null): readonly Domain[] {
    try {
      return this.afterWrite(workerIds);
    } catch (error) {
      console.error(`[linkwork] after a write: ${(error as Error).message}`);
      return [];
    }
  }

  private domainsWrittenBy(method: string): DataChange['domains'] {
    const domain = domainOfMethod(method);
    // Choosing whom to act as changes only the status; the rest of app.* sets up the PCN or loads the example.
    if (method === 'app.setCurrentUser') return ['app', 'audit'];
    if (!domain || domain === 'app') return [...DOMAINS];
    return domain === 'audit' ? ['audit'] : [domain, ...(ALSO_WRITES[domain] ?? []), 'audit'];
  }

  private workersTouched(method: string, input: unknown, value: unknown, factSeqBefore: number): number[] | null {
    const logged = sql(this.db, 'SELECT DISTINCT worker_id AS id FROM fact_change WHERE seq > ?').all(
      factSeqBefore,
    ) as { id: number }[];
    const ids = new Set([...logged.map((r) => r.id), ...workersNamedIn(method, input, value)]);
    return ids.size > 0 ? [...ids].sort((a, b) => a - b) : null;
  }
}
