import type { MailSettingsView, MailTestResult } from '../../shared/domain/mail.ts';
import type { MailSettingsInput } from '../../shared/schemas/mail.ts';
import type { Ctx } from '../context.ts';
import { callerOf, inTransaction } from '../context.ts';
import { conflict, invalidField } from '../errors.ts';
import { readPcn } from '../pcn/queries.ts';
import { auditSettingChange } from '../settings/audit.ts';
import { escapeHtml } from './html.ts';
import type { StoredMailSettings } from './settings.ts';
import { mailSettingsView, readMailSettings, writeMailSettings } from './settings.ts';
import { describeSmtpFailure } from './smtp-errors.ts';
import type { MailTransport } from './transport.ts';
import { smtpTransport } from './transport.ts';

/** Saves the mail server settings; the password is kept unless a new one is given, and dropped with the user name. */
export function saveMailSettings(ctx: Ctx, input: MailSettingsInput): MailSettingsView {
  return inTransaction(ctx, () => {
    const before = readMailSettings(ctx.db);
    const password = input.username === '' ? '' : (input.password ?? before.password);
    const after: StoredMailSettings = { ...input, publicUrl: input.publicUrl.replace(/\/+$/, ''), password };
    writeMailSettings(ctx.db, after);
    const summary =
      after.password !== before.password ? 'Changed the e-mail settings and password' : 'Changed the e-mail settings';
    auditSettingChange(ctx, summary, mailSettingsView(before), mailSettingsView(after));
    return mailSettingsView(after);
  });
}

/**
 * Sends a short message through the saved settings to the address given (else the signed-in lead's own), so the
 * lead sees at once whether the server, port, security and password are right; a failure says which.
 */
export async function sendTestMessage(
  ctx: Ctx,
  to: string | undefined,
  transportFor: (settings: StoredMailSettings) => MailTransport = smtpTransport,
): Promise<MailTestResult> {
  const settings = readMailSettings(ctx.db);
  if (settings.host === '') throw invalidField('host', 'Save the mail server’s name first');
  if (settings.senderAddress === '') throw invalidField('senderAddress', 'Save the address e-mails come from first');
  const caller = callerOf(ctx);
  const recipient = to ?? (caller.kind === 'account' ? caller.email : undefined);
  if (!recipient) throw invalidField('to', 'Enter the address to send the test to');
  const transport = transportFor(settings);
  const pcnName = readPcn(ctx.db)?.name ?? 'your PCN';
  const text =
    `This is a test from ${pcnName}'s Linkwork. E-mail reminders can reach this address through ` +
    `${settings.host}. No reply is needed.`;
  try {
    await transport.sendMail({
      from: { name: settings.senderName || 'Linkwork', address: settings.senderAddress },
      to: recipient,
      subject: 'Linkwork: test message',
      text,
      html: `<p>${escapeHtml(text)}</p>`,
    });
  } catch (error) {
    throw conflict(describeSmtpFailure(error, settings));
  } finally {
    transport.close?.();
  }
  return { to: recipient, message: `A test message went to ${recipient} through ${settings.host}` };
}
