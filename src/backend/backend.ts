import os from 'node:os';
import path from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../shared/api/contract.ts';
import type { DataChange } from '../shared/api/domains.ts';
import type { BackupRestored } from '../shared/domain/backups.ts';
import type { Envelope } from '../shared/api/envelope.ts';
import type { Caller } from './access/caller.ts';
import { callGate } from './call-gate.ts';
import { ChangeFeed } from './changes.ts';
import { handlers } from './api.ts';
import { keepAnchor } from './audit/anchor.ts';
import { checkOnOpening } from './audit/run-check.ts';
import { tidyBackupFolder } from './backups/leftovers.ts';
import { recordRestore } from './backups/restore.ts';
import { clearRestoreMarker, finishInterruptedRestore } from './backups/restore-marker.ts';
import type { Ctx } from './context.ts';
import { actor, inTransaction, today } from './context.ts';
import { launchClock } from './clock.ts';
import type { InstanceLock } from './db/instance-lock.ts';
import { acquireInstanceLock, thisProcessName } from './db/instance-lock.ts';
import type { MigrationResult } from './db/migrate.ts';
import type { Database, OpenedDatabase } from './db/open.ts';
import { openDatabase } from './db/open.ts';
import { dispatch } from './dispatch.ts';
import { returnChangedClaimsToDraft } from './claims/revert.ts';
import { ensureBuiltInRates } from './claims/rate-catalogue.ts';
import { pruneChangeLog } from './compliance/evidence-store.ts';
import { currentMatrix } from './compliance/matrix-cache.ts';
import { leadHome } from './home/lead.ts';
import { ensureBuiltInFrameworks } from './competencies/frameworks.ts';
import { describeEvidenceLeftovers, removeEvidenceLeftovers } from './evidence/cleanup.ts';
import { ensureBuiltInCatalogue } from './requirements/service.ts';
import { remindersAfterWrite } from './reminders/after-write.ts';
import { dailyReminders } from './reminders/daily.ts';

export const DATA_FILE_NAME = 'linkwork.sqlite';

export interface BackendOptions {
  dataDir: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** A fixed "today" (YYYY-MM-DD) chosen at launch with `--today`: the app shows it is not the real date. */
  pinnedToday?: string | null;
  osUser?: string;
  /** Which Linkwork this is, as the data folder's lock names it to a second one ("browser mode"…). */
  shell?: string;
  /** Where opening reports what it tidied (an unfinished backup, an upload cut short); the console unless given. */
  log?: (line: string) => void;
}

export interface Backend {
  /**
   * For transports: an untyped request in, an envelope out. Never throws. The caller is whoever the transport
   * found (team mode's session); without one it is the computer's user, as in personal mode.
   */
  handle(request: unknown, caller?: Caller): Promise<Envelope<unknown>>;
  /** For tests and scripts: the same door, typed. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<Envelope<OutputOf<M>>>;
  /** The same door as a given caller, for tests of who may do what. */
  callAs<M extends MethodName>(caller: Caller, method: M, input: InputOf<M>): Promise<Envelope<OutputOf<M>>>;
  /**
   * The door for work on the data outside a call (team mode's sign-in and reader threads, the timed backups and
   * digests): it starts once no restore is under way, and a restore waits for it to end. `work` reads `ctx` afresh.
   */
  whileOpen<T>(work: () => Promise<T>): Promise<T>;
  ctx: Ctx;
  migration: MigrationResult;
  /** Hears every committed write: which domains and workers it changed. */
  onChange(listener: (change: DataChange) => void): () => void;
  /**
   * Hears that the data file's content was replaced (a backup restored) and the backend has opened it afresh: a
   * shell's own connections to the file (team mode's readers) open it again, so nothing kept about the old data lasts.
   */
  onDataReplaced(listener: () => void): () => void;
  /** Reads everyone's evidence and works out today's matrix now, so the first screen to need them doesn't wait. */
  warmUp(): void;
  close(): void;
}

const SIGN_IN_AGAIN: Envelope<unknown> = {
  ok: false,
  error: {
    code: 'UNAUTHENTICATED',
    message: "Linkwork's data was restored from a backup while this was on its way: sign in again",
  },
};

function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/** Versions before team mode saved "Acting as" in the data file; each launch now starts as the computer's user. */
function forgetSavedActingAs(db: Ctx['db']): void {
  db.prepare("DELETE FROM setting WHERE key = 'currentUser'").run();
}

/**
 * Opens the data folder for this process alone (its lock refuses a second Linkwork, naming the first), first
 * tidying what a process killed mid-way left behind, then the backend on its file.
 */
export function createBackend(options: BackendOptions): Backend {
  const lock = acquireInstanceLock(options.dataDir, options.shell ?? thisProcessName());
  let db: Database | null = null;
  try {
    const log = options.log ?? console.log;
    tidyBackupFolder(options.dataDir).forEach((line) => log(line));
    const opened = openDatabase(path.join(options.dataDir, DATA_FILE_NAME));
    db = opened.db;
    describeEvidenceLeftovers(removeEvidenceLeftovers(db, options.dataDir)).forEach((line) => log(line));
    return startBackend(options, opened, lock);
  } catch (error) {
    db?.close();
    lock.release();
    throw error;
  }
}

/** What opening a data file does before it is served (at launch, and after a restore replaced its content). */
function prepareOpened(ctx: Ctx, migration: MigrationResult): void {
  // One transaction: a start racing this one (an older Linkwork, which takes no lock) waits, then finds it done.
  inTransaction(ctx, () => {
    pruneChangeLog(ctx.db);
    forgetSavedActingAs(ctx.db);
    ensureBuiltInCatalogue(ctx);
    ensureBuiltInFrameworks(ctx);
    ensureBuiltInRates(ctx);
  });
  // The audit log's chain, its end and every locked record, as the file was left; reported, and kept for the banner.
  checkOnOpening(ctx, migration);
}

function startBackend(options: BackendOptions, { db, migration }: OpenedDatabase, lock: InstanceLock): Backend {
  const dataFile = path.join(options.dataDir, DATA_FILE_NAME);
  const ctx: Ctx = {
    db,
    dataFile,
    dataDir: options.dataDir,
    schemaVersion: migration.to,
    osUser: options.osUser ?? osUserName(),
    now: launchClock(options.pinnedToday, options.now),
    todayPinned: Boolean(options.pinnedToday),
    launch: { actingAs: null },
  };
  const log = options.log ?? console.log;
  finishInterruptedRestore(db, dataFile, log);
  prepareOpened(ctx, migration);
  // Whatever wrote, the reminders of the workers it touched are brought up to date, and a checked claim whose
  // figures or flags moved goes back to draft, saying why.
  const feed = new ChangeFeed(db, (workerIds) => [
    ...remindersAfterWrite(ctx, workerIds, log),
    ...(returnChangedClaimsToDraft(ctx) ? (['claims', 'audit'] as const) : []),
  ]);
  feed.subscribe(() => keepAnchor(ctx.db, dataFile));
  // Today's reminders: now, then before the first call of each new day, announced as a change to 'reminders'.
  const reminders = dailyReminders(ctx, log);
  reminders.catchUp();
  const catchUpReminders = () =>
    feed.track('reminder.daily', {}, async (afterSyncPart) => {
      const added = reminders.catchUp();
      afterSyncPart();
      return { ok: true, value: added };
    });
  const replacedListeners = new Set<() => void>();
  /** How many times a restore has replaced the data: a call held back meanwhile knows its caller is out of date. */
  let replacements = 0;
  /** After a restore has copied a backup's data into the file: the file is opened afresh and served from then on. */
  const reopenRestored = (restored: BackupRestored, who: string): void => {
    const old = ctx.db;
    const reopened = openDatabase(dataFile); // already migrated, as the restore checked it
    replacements++;
    ctx.db = reopened.db;
    ctx.schemaVersion = reopened.migration.to;
    ctx.launch.actingAs = null; // whom "Acting as" named may not be in the restored register
    feed.reconnect(ctx.db);
    old.close();
    inTransaction(ctx, () => recordRestore(ctx, restored, who));
    // The log now ends with the restore, not where the replaced data's did: the anchor moves to it.
    keepAnchor(ctx.db, dataFile, { rebase: true });
    clearRestoreMarker(dataFile);
    prepareOpened(ctx, reopened.migration);
    reminders.againToday();
    for (const listener of replacedListeners) listener();
  };
  // A restore waits for the calls under way and holds back the ones that come meanwhile, so none sees it half-done.
  const gate = callGate();
  const restore = (callCtx: Ctx, request: unknown): Promise<Envelope<unknown>> =>
    gate.alone(async () => {
      const who = actor(callCtx);
      const envelope = await dispatch(handlers, callCtx, request);
      if (!envelope.ok) return envelope;
      try {
        reopenRestored(envelope.value as BackupRestored, who);
      } catch (error) {
        log(`Linkwork restored a backup but could not open it: ${(error as Error).message}`);
        const message = 'The backup was copied in, but Linkwork could not open it: close Linkwork and open it again';
        return { ok: false, error: { code: 'INTERNAL', message } };
      }
      return feed.announceEverything(envelope);
    });
  const handle = (request: unknown, caller?: Caller): Promise<Envelope<unknown>> => {
    const busy = gate.busy();
    if (busy) {
      const seen = replacements;
      // Who an account's caller is was worked out from the data as it was; the restored data may not have them.
      return busy.then(() =>
        replacements !== seen && caller?.kind === 'account' ? Promise.resolve(SIGN_IN_AGAIN) : handle(request, caller),
      );
    }
    if (reminders.isDue()) void catchUpReminders();
    const { method, input } = (request ?? {}) as { method?: unknown; input?: unknown };
    const callCtx = caller ? { ...ctx, caller } : ctx;
    if (method === 'backup.restore') return restore(callCtx, request);
    const answer = gate.track(
      feed.track(String(method), input, (afterSyncPart) => dispatch(handlers, callCtx, request, afterSyncPart)),
    );
    // The example fills the register at once: its reminders come with the next call rather than tomorrow.
    if (method === 'app.loadExample') void answer.then((envelope) => envelope.ok && reminders.againToday());
    return answer;
  };
  return {
    handle,
    call: (method, input) => handle({ method, input }) as never,
    callAs: (caller, method, input) => handle({ method, input }, caller) as never,
    whileOpen: (work) => gate.whenOpen(work),
    ctx,
    migration,
    onChange: (listener) => feed.subscribe(listener),
    onDataReplaced: (listener) => {
      replacedListeners.add(listener);
      return () => replacedListeners.delete(listener);
    },
    warmUp: () => {
      try {
        currentMatrix(ctx.db, today(ctx));
        leadHome(ctx); // The lead's home, the first screen: its trend and the claim's readiness are then kept.
      } catch (error) {
        // Only a head start: the matrix page will meet (and report) the same problem when it asks.
        console.error(`Linkwork could not prepare the training matrix at launch: ${(error as Error).message}`);
      }
    },
    close: () => {
      keepAnchor(ctx.db, dataFile);
      ctx.db.close();
      lock.release();
    },
  };
}
