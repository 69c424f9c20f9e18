import nodemailer from 'nodemailer';
import type { StoredMailSettings } from './settings.ts';

/** One message as Linkwork sends it: plain text and simple HTML, to one person. */
export interface MailMessage {
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** What sending needs: nodemailer's transporter fits, and so does anything else with the same call. */
export interface MailTransport {
  sendMail(message: MailMessage): Promise<unknown>;
  close?(): void;
}

/** A transport to the PCN's SMTP server as the settings describe it, with limits so a dead server fails soon. */
export function smtpTransport(settings: StoredMailSettings): MailTransport {
  return nodemailer.createTransport({
    // One connection kept open for the day's run (an ICS's thousands of digests), closed by whoever opened it.
    pool: true,
    maxConnections: 1,
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.username ? { user: settings.username, pass: settings.password } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
  });
}
