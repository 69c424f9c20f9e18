import type { Database } from 'better-sqlite3';
import type { CurrentUser, PersonRef } from '../shared/domain/app.ts';
import { ukDateOf } from '../shared/rules/dates.ts';
import type { Caller } from './access/caller.ts';
import { PERSONAL } from './access/caller.ts';
import { sql } from './db/statements.ts';

/** What every handler gets besides its input. "Now" is injected so rules and tests control time. */
export interface Ctx {
  db: Database;
  dataFile: string;
  /** The folder holding the data file and its evidence files. */
  dataDir: string;
  schemaVersion: number;
  osUser: string;
  now(): Date;
  /** True when "today" was fixed at launch rather than read from the computer's clock. */
  todayPinned: boolean;
  /** Who is calling; absent means the computer's user in personal mode. */
  caller?: Caller;
  /**
   * What lasts for this launch only and is never saved in the data file: whom personal mode's "Acting as" names
   * (every launch starts as the computer's user). Shared by every call's ctx.
   */
  launch: { actingAs: PersonRef | null };
}

export const callerOf = (ctx: Ctx): Caller => ctx.caller ?? PERSONAL;

export function today(ctx: Ctx): string {
  return ukDateOf(ctx.now());
}

export function personName(db: Database, ref: PersonRef): string | null {
  const table = ref.kind === 'worker' ? 'worker' : 'colleague';
  const row = sql(db, `SELECT name FROM ${table} WHERE id = ?`).get(ref.id) as { name: string } | undefined;
  return row?.name ?? null;
}

/**
 * Who is acting: in personal mode the person chosen under "Acting as" for this launch (else the computer's user);
 * in team mode the signed-in account's person in the register (as a colleague if they are one, since that is
 * who supervises), never the server's own user.
 */
export function currentUser(ctx: Ctx): CurrentUser {
  const caller = callerOf(ctx);
  if (caller.kind !== 'personal') {
    const ref: PersonRef | null =
      caller.kind !== 'account'
        ? null
        : caller.colleagueId !== null
          ? { kind: 'colleague', id: caller.colleagueId }
          : caller.workerId !== null
            ? { kind: 'worker', id: caller.workerId }
            : null;
    return { person: ref && caller.kind === 'account' ? { ...ref, name: caller.name } : null, osUser: '' };
  }
  const ref = ctx.launch.actingAs;
  const name = ref ? personName(ctx.db, ref) : null;
  return { person: ref && name ? { ...ref, name } : null, osUser: ctx.osUser };
}

/**
 * Who a change is attributed to: in team mode the signed-in account; in personal mode the person chosen in the
 * app, else the computer's user.
 */
export function actor(ctx: Ctx): string {
  const caller = callerOf(ctx);
  if (caller.kind === 'account') return `${caller.name} (signed in as ${caller.email})`;
  if (caller.kind === 'anonymous') return 'someone not signed in';
  const { person, osUser } = currentUser(ctx);
  return person ? `${person.name} (computer user ${osUser})` : osUser;
}

/**
 * Runs `work` in one SQLite transaction: all of it lands, or none. IMMEDIATE: the write lock is taken at the
 * start, so a transaction that reads before it writes never fails half-way with "database is locked" because
 * another connection wrote meanwhile: it waits (`busy_timeout`) for the lock before reading anything.
 */
export function inTransaction<T>(ctx: Ctx, work: () => T): T {
  return ctx.db.transaction(work).immediate();
}
