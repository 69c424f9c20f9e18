import type { ReminderKind } from './reminders.ts';

/** How the connection to the SMTP server is protected: TLS from the start, upgraded with STARTTLS, or none. */
export const MAIL_SECURITY = ['tls', 'starttls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

export const MAIL_SECURITY_LABELS: Record<MailSecurity, string> = {
  tls: 'TLS from the start (usually port 465)',
  starttls: 'STARTTLS (usually port 587)',
  none: 'None (only for a server on this machine)',
};

/** What e-mail digests each kind of reminder is called in a digest and on the unsubscribe page. */
export const MAIL_KIND_LABELS: Record<ReminderKind, string> = {
  training: 'Training',
  induction: 'Induction',
  supervision: 'Supervision',
  assessment: 'Competency assessments',
};

/** The PCN's mail server settings as the lead sees them: the password itself is never sent back. */
export interface MailSettingsView {
  enabled: boolean;
  host: string;
  port: number;
  security: MailSecurity;
  /** Empty when the server takes mail without signing in. */
  username: string;
  passwordSet: boolean;
  senderAddress: string;
  senderName: string;
  /** The address people open Linkwork at, for the links in a digest, e.g. https://linkwork.example.nhs.uk. */
  publicUrl: string;
  /** The hour (UK time, 0–23) from which the day's digests go. */
  sendHour: number;
}

export interface MailTestResult {
  to: string;
  message: string;
}

/** A signed-in person's own digest choices: the kinds they have unsubscribed from. */
export interface MailPreferences {
  email: string;
  unsubscribed: ReminderKind[];
}
