import type { mailMethods } from '../../shared/api/methods/mail.ts';
import type { HandlerTable } from '../handler.ts';
import { myMailPreferences, saveMyMailPreferences } from './preferences.ts';
import { saveMailSettings, sendTestMessage } from './service.ts';
import { mailSettingsView, readMailSettings } from './settings.ts';
import { unsubscribeByLink } from './unsubscribe-by-link.ts';

export const mailHandlers = {
  'mail.settings': (_input, { db }) => mailSettingsView(readMailSettings(db)),
  'mail.saveSettings': (input, ctx) => saveMailSettings(ctx, input),
  'mail.sendTest': (input, ctx) => sendTestMessage(ctx, input.to),
  'mail.preferences': (_input, ctx) => myMailPreferences(ctx),
  'mail.savePreferences': (input, ctx) => saveMyMailPreferences(ctx, input.unsubscribed),
  'mail.unsubscribeByLink': (input, ctx) => unsubscribeByLink(ctx, input.token, input.kind),
} satisfies HandlerTable<keyof typeof mailMethods>;
