import { z } from 'zod';
import type { MailPreferences, MailSettingsView, MailTestResult } from '../../domain/mail.ts';
import { REMINDER_KINDS } from '../../domain/reminders.ts';
import { mailPreferencesInput, mailSettingsInput, mailTestInput } from '../../schemas/mail.ts';
import { ANYONE, LEAD, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

/** An e-mail's unsubscribe link as the team server reads it: the signed token, and the kind it stops. */
const unsubscribeByLinkInput = z
  .object({
    token: z
      .string({ error: 'The link has no token: open it again from the e-mail' })
      .max(100, 'This is not a link from a Linkwork e-mail: open it again from the e-mail')
      .regex(
        /^\d{1,12}\.[a-z]{1,20}\.[A-Za-z0-9_-]{43}$/,
        'This is not a link from a Linkwork e-mail: open it again from the e-mail',
      ),
    kind: z.enum(REMINDER_KINDS, { error: 'Choose training, induction, supervision or assessments' }),
  })
  .strict();

export const mailMethods = {
  'mail.settings': method<MailSettingsView>()(z.object({}).strict(), LEAD),
  'mail.saveSettings': method<MailSettingsView>()(mailSettingsInput, LEAD),
  'mail.sendTest': method<MailTestResult>()(mailTestInput, LEAD),
  // Each person's own choices: the account is the caller's, never one named in the input.
  'mail.preferences': method<MailPreferences>()(z.object({}).strict(), SIGNED_IN),
  'mail.savePreferences': method<MailPreferences>()(mailPreferencesInput, SIGNED_IN),
  // No one signs in: the signed token is the permission, and names the account.
  'mail.unsubscribeByLink': method<MailPreferences>()(unsubscribeByLinkInput, ANYONE),
};
