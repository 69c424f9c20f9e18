import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { MailSettingsView } from '../../shared/domain/mail.ts';
import { readSetting, writeSetting } from '../settings/queries.ts';

const KEY = 'mail';
const SECRET_KEY = 'mailLinkSecret';

/** What is kept in the setting table: the view's fields and the password itself (only on the serving machine). */
export interface StoredMailSettings extends Omit<MailSettingsView, 'passwordSet'> {
  password: string;
}

export const MAIL_DEFAULTS: StoredMailSettings = {
  enabled: false,
  host: '',
  port: 587,
  security: 'starttls',
  username: '',
  password: '',
  senderAddress: '',
  senderName: 'Linkwork',
  publicUrl: '',
  sendHour: 7,
};

export function readMailSettings(db: Database): StoredMailSettings {
  return { ...MAIL_DEFAULTS, ...readSetting<Partial<StoredMailSettings>>(db, KEY) };
}

export function writeMailSettings(db: Database, settings: StoredMailSettings): void {
  writeSetting(db, KEY, settings);
}

export function mailSettingsView(settings: StoredMailSettings): MailSettingsView {
  const { password, ...rest } = settings;
  return { ...rest, passwordSet: password !== '' };
}

/** The key unsubscribe links are signed with, if one has been made. */
export const existingMailLinkSecret = (db: Database): string | null => readSetting<string>(db, SECRET_KEY) ?? null;

/** The key unsubscribe links are signed with: made on first use and kept in the data file. */
export function mailLinkSecret(db: Database): string {
  const stored = existingMailLinkSecret(db);
  if (stored) return stored;
  const secret = randomBytes(32).toString('base64url');
  writeSetting(db, SECRET_KEY, secret);
  return secret;
}
