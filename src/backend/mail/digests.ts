import type { Database } from 'better-sqlite3';
import { readPcn } from '../pcn/queries.ts';
import { recordDueReminders } from '../reminders/record-due.ts';
import {
  claimTodaysDigest,
  digestSentToday,
  mailableAccounts,
  markEmailed,
  releaseTodaysDigest,
  unsentRemindersFor,
} from './digest-queries.ts';
import { composeDigest } from './digest-message.ts';
import { readMailSettings } from './settings.ts';
import { describeSmtpFailure } from './smtp-errors.ts';
import type { MailTransport } from './transport.ts';
import { unsubscribeUrl } from './unsubscribe-links.ts';

export interface DigestLog {
  info(line: string): void;
  error(line: string): void;
}

export interface DigestRun {
  /** Why nothing was sent, when mail is off. */
  skipped: 'mail is off' | null;
  sent: { accountId: number; email: string; reminders: number }[];
  failed: { accountId: number; email: string; reason: string }[];
}

/**
 * Team mode's daily e-mail: records the reminders due today (the ladder), then sends each account with an
 * address and something new for it ONE digest, at most once a day, noting for that account the day on each
 * reminder it carried (a reminder shared by every lead is still to come for a lead whose send failed).
 * Today's digest is taken for an account before it is sent and given back if sending fails, so no run, restart
 * or second timer sends anyone two in a day. A failure for one account is logged and the others carry on.
 */
export async function sendDigests(
  db: Database,
  today: string,
  transport: MailTransport,
  log: DigestLog = { info: console.log, error: console.error },
): Promise<DigestRun> {
  const settings = readMailSettings(db);
  const run: DigestRun = { skipped: null, sent: [], failed: [] };
  if (!settings.enabled) return { ...run, skipped: 'mail is off' };
  recordDueReminders(db, today);

  const pcnName = readPcn(db)?.name ?? 'Your PCN';
  const from = { name: settings.senderName || 'Linkwork', address: settings.senderAddress };

  for (const account of mailableAccounts(db)) {
    if (digestSentToday(db, account.id, today)) continue;
    // Read just before sending, in the transaction that takes today's digest: a long run leaves out what was
    // resolved (or e-mailed) while earlier accounts were being sent.
    const digest = db
      .transaction(() => {
        const items = unsentRemindersFor(db, account);
        if (items.length === 0 || !claimTodaysDigest(db, account.id, today)) return null;
        const content = composeDigest({
          pcnName,
          personName: account.name,
          today,
          items,
          publicUrl: settings.publicUrl,
          unsubscribeUrl: (kind) => unsubscribeUrl(db, settings.publicUrl, { accountId: account.id, kind }),
        });
        return { items, content };
      })
      .immediate();
    if (!digest) continue;
    const { items, content } = digest;
    try {
      await transport.sendMail({ from, to: account.email, ...content });
    } catch (error) {
      releaseTodaysDigest(db, account.id, today);
      const reason = describeSmtpFailure(error, settings);
      run.failed.push({ accountId: account.id, email: account.email, reason });
      log.error(`Linkwork could not e-mail today's reminders to account ${account.id}: ${reason}`);
      continue;
    }
    db.transaction(() => markEmailed(db, account, items, today)).immediate();
    run.sent.push({ accountId: account.id, email: account.email, reminders: items.length });
  }
  if (run.sent.length > 0)
    log.info(`E-mailed today's reminders to ${run.sent.length === 1 ? '1 person' : `${run.sent.length} people`}`);
  return run;
}
