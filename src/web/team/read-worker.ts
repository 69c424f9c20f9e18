import { parentPort, workerData } from 'node:worker_threads';
import type { Caller } from '../../backend/access/caller.ts';
import { handlers } from '../../backend/api.ts';
import { launchClock } from '../../backend/clock.ts';
import { currentMatrix } from '../../backend/compliance/matrix-cache.ts';
import type { Ctx } from '../../backend/context.ts';
import { today } from '../../backend/context.ts';
import { loadDriver } from '../../backend/db/open.ts';
import { dispatch } from '../../backend/dispatch.ts';

export interface ReadWorkerData {
  dataFile: string;
  dataDir: string;
  schemaVersion: number;
  pinnedToday: string | null;
}

export type ReadWorkerRequest = { id: number; request: unknown; caller: Caller };
/** The data file's content was replaced (a backup restored, at this schema version): open it afresh. */
export type ReadWorkerReopen = { reopen: { schemaVersion: number } };
export type ReadWorkerAnswer = { id: number; body: string } | { ready: true };

/**
 * A reader thread for team mode: its own connection to the same file, unable to write (`query_only`), answering
 * the heavy whole-PCN reads (the matrix, a claim month, the register) so they never hold up the main thread.
 * It keeps its own evidence and matrix, caught up from the `fact_change` log and SQLite's `data_version` after
 * the main thread's commits, exactly as a second connection should.
 */
const data = workerData as ReadWorkerData;

function openReader(): Ctx['db'] {
  const db = new (loadDriver())(data.dataFile, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('mmap_size = 268435456');
  db.pragma('query_only = ON');
  return db;
}

const ctx: Ctx = {
  db: openReader(),
  dataFile: data.dataFile,
  dataDir: data.dataDir,
  schemaVersion: data.schemaVersion,
  osUser: '',
  now: launchClock(data.pinnedToday),
  todayPinned: Boolean(data.pinnedToday),
  launch: { actingAs: null },
};

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs as a worker thread only');
function warmUp(): void {
  try {
    currentMatrix(ctx.db, today(ctx)); // reads everyone's evidence once, before the first question
  } catch {
    // Only a head start: the first matrix asked for meets (and reports) the same problem.
  }
}

/** A new connection starts every cache afresh (they are kept per connection); the old one closes. */
function reopen({ schemaVersion }: ReadWorkerReopen['reopen']): void {
  const old = ctx.db;
  ctx.db = openReader();
  ctx.schemaVersion = schemaVersion;
  old.close();
  warmUp();
}

warmUp();
port.on('message', (message: ReadWorkerRequest | ReadWorkerReopen) => {
  if ('reopen' in message) return reopen(message.reopen);
  void dispatch(handlers, { ...ctx, caller: message.caller }, message.request).then((envelope) =>
    port.postMessage({ id: message.id, body: JSON.stringify(envelope) } satisfies ReadWorkerAnswer),
  );
});
port.postMessage({ ready: true } satisfies ReadWorkerAnswer);
