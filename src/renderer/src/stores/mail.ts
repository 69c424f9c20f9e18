import type { InputOf } from '../../../shared/api/contract.ts';
import type { MailPreferences, MailSettingsView, MailTestResult } from '../../../shared/domain/mail.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** The PCN's mail server settings (the lead's), without the password. */
export const mailSettings = createResource<null, MailSettingsView>({
  name: 'the e-mail settings',
  load: () => call('mail.settings', {}),
  dependsOn: ['mail'],
});

export async function saveMailSettings(fields: InputOf<'mail.saveSettings'>): Promise<void> {
  mailSettings.put(null, await call('mail.saveSettings', fields));
}

/** Sends a test message through the saved settings; a failure says what the mail server did. */
export const sendTestMail = (to: string): Promise<MailTestResult> =>
  call('mail.sendTest', to.trim() === '' ? {} : { to: to.trim() });

/** The signed-in person's own choice of e-mail reminders. */
export const myMailPreferences = createResource<null, MailPreferences>({
  name: 'your e-mail choices',
  load: () => call('mail.preferences', {}),
  dependsOn: ['mail'],
});

export async function saveMyMailPreferences(fields: InputOf<'mail.savePreferences'>): Promise<void> {
  myMailPreferences.put(null, await call('mail.savePreferences', fields));
}
