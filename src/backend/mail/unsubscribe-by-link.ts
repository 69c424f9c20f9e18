import type { MailPreferences } from '../../shared/domain/mail.ts';
import type { ReminderKind } from '../../shared/domain/reminders.ts';
import { findAccount } from '../accounts/queries.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError } from '../errors.ts';
import { setUnsubscribedKinds, unsubscribedKinds } from './preferences.ts';
import { verifyUnsubscribeToken } from './unsubscribe-links.ts';

const linkDoesNotWork = () =>
  new DomainError(
    'NOT_FOUND',
    'This unsubscribe link does not work: sign in to Linkwork to choose which e-mails you get',
  );

/**
 * Stops one kind of digest for the account an e-mail's link was signed for, by whoever followed it (no one signs
 * in): the audit entry says so, naming the address the link was sent to. A token whose signature is wrong, that
 * was signed for another kind, or whose account is gone, is refused as an unknown link.
 */
export function unsubscribeByLink(ctx: Ctx, token: string, kind: ReminderKind): MailPreferences {
  return inTransaction(ctx, () => {
    const target = verifyUnsubscribeToken(ctx.db, token);
    const account = target && target.kind === kind ? findAccount(ctx.db, target.accountId) : undefined;
    if (!account) throw linkDoesNotWork();
    const actor = `${account.name} (by the link in an e-mail to ${account.email})`;
    setUnsubscribedKinds(ctx, account.id, [...unsubscribedKinds(ctx.db, account.id), kind], actor);
    return { email: account.email, unsubscribed: unsubscribedKinds(ctx.db, account.id) };
  });
}
