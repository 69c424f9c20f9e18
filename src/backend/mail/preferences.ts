import type { Database } from 'better-sqlite3';
import type { MailPreferences } from '../../shared/domain/mail.ts';
import type { ReminderKind } from '../../shared/domain/reminders.ts';
import { REMINDER_KINDS } from '../../shared/domain/reminders.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { callerOf, inTransaction } from '../context.ts';
import { sql } from '../db/statements.ts';
import { conflict } from '../errors.ts';
import { MAIL_KIND_LABELS } from '../../shared/domain/mail.ts';

export function unsubscribedKinds(db: Database, accountId: number): ReminderKind[] {
  const rows = sql(db, 'SELECT kind FROM email_unsubscribe WHERE account_id = ?').all(accountId) as { kind: string }[];
  const kinds = new Set(rows.map((row) => row.kind));
  return REMINDER_KINDS.filter((kind) => kinds.has(kind));
}

const kindsInWords = (kinds: readonly ReminderKind[]) =>
  kinds.length === 0 ? 'none' : kinds.map((kind) => MAIL_KIND_LABELS[kind].toLowerCase()).join(', ');

/**
 * Sets an account's unsubscribed kinds to exactly `kinds`, with an audit entry when anything changed; `actor` when
 * it was not the caller who chose (an unsubscribe link followed without signing in).
 */
export function setUnsubscribedKinds(ctx: Ctx, accountId: number, kinds: readonly ReminderKind[], actor?: string) {
  inTransaction(ctx, () => {
    const before = unsubscribedKinds(ctx.db, accountId);
    const after = REMINDER_KINDS.filter((kind) => kinds.includes(kind));
    if (before.join() === after.join()) return;
    sql(ctx.db, 'DELETE FROM email_unsubscribe WHERE account_id = ?').run(accountId);
    const at = ctx.now().toISOString();
    for (const kind of after)
      sql(ctx.db, 'INSERT INTO email_unsubscribe (account_id, kind, at) VALUES (?, ?, ?)').run(accountId, kind, at);
    recordAudit(ctx, {
      action: 'account.update',
      entity: 'account',
      entityId: accountId,
      summary: `E-mail digests unsubscribed from: ${kindsInWords(after)}`,
      before: { unsubscribed: before },
      after: { unsubscribed: after },
      ...(actor ? { actor } : {}),
    });
  });
}

/** The signed-in caller's own account; personal mode has none, and so no e-mail. */
function ownAccount(ctx: Ctx): { accountId: number; email: string } {
  const caller = callerOf(ctx);
  if (caller.kind !== 'account') throw conflict('E-mail digests need team mode, where each person signs in');
  return { accountId: caller.accountId, email: caller.email };
}

export function myMailPreferences(ctx: Ctx): MailPreferences {
  const { accountId, email } = ownAccount(ctx);
  return { email, unsubscribed: unsubscribedKinds(ctx.db, accountId) };
}

export function saveMyMailPreferences(ctx: Ctx, unsubscribed: readonly ReminderKind[]): MailPreferences {
  const { accountId } = ownAccount(ctx);
  setUnsubscribedKinds(ctx, accountId, unsubscribed);
  return myMailPreferences(ctx);
}
