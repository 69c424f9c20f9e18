import { z } from 'zod';
import type { MailPreferences, MailSettingsView, MailTestResult } from '../../domain/mail.ts';
import { mailPreferencesInput, mailSettingsInput, mailTestInput } from '../../schemas/mail.ts';
import { LEAD, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

export const mailMethods = {
  'mail.settings': method<MailSettingsView>()(z.object({}).strict(), LEAD),
  'mail.saveSettings': method<MailSettingsView>()(mailSettingsInput, LEAD),
  'mail.sendTest': method<MailTestResult>()(mailTestInput, LEAD),
  // Each person's own choices: the account is the caller's, never one named in the input.
  'mail.preferences': method<MailPreferences>()(z.object({}).strict(), SIGNED_IN),
  'mail.savePreferences': method<MailPreferences>()(mailPreferencesInput, SIGNED_IN),
};
