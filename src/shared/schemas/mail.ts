import { z } from 'zod';
import { MAIL_SECURITY } from '../domain/mail.ts';
import { REMINDER_KINDS } from '../domain/reminders.ts';
import { emailAddress } from './accounts.ts';
import { staffText } from './staff-text.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

const hostName = z
  .string({ error: 'Enter the mail server’s name' })
  .trim()
  .max(253, 'A server name is at most 253 characters')
  .regex(/^[A-Za-z0-9.:-]*$/, 'Enter a server name such as smtp.office365.com, without spaces or a scheme');

const publicAddress = z
  .string({ error: 'Enter the address people open Linkwork at' })
  .trim()
  .max(300, 'The address is at most 300 characters')
  .refine((text) => text === '' || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(text), {
    message: 'Enter the address people open, such as https://linkwork.example.nhs.uk',
  });

/**
 * The mail server settings as the lead saves them. `password` null keeps the one stored; with no username the
 * server is used without signing in and no password is kept. Switching digests on needs a server, a sender and
 * the public address their links open.
 */
export const mailSettingsInput = z
  .object({
    enabled: z.boolean(),
    host: hostName,
    port: z
      .number({ error: 'Enter the port number' })
      .int('The port is a whole number')
      .min(1, 'Use a port from 1 to 65535')
      .max(65_535, 'Use a port from 1 to 65535'),
    security: z.enum(MAIL_SECURITY, { error: 'Choose TLS, STARTTLS or none' }),
    username: staffText(254, { tooLong: 'The user name is at most 254 characters' }),
    password: z
      .string()
      .max(1000, 'The password is at most 1000 characters')
      .refine(
        // Control characters and half of a surrogate pair: what a paste can bring and no server takes.
        (text) => !/\p{Cc}|\p{Cs}/u.test(text),
        'The password has a character no mail server takes: type it again',
      )
      .nullable(),
    senderAddress: z.union([z.literal(''), emailAddress]),
    senderName: staffText(120, { tooLong: 'The sender’s name must be 120 characters or fewer' }),
    publicUrl: publicAddress,
    sendHour: z
      .number({ error: 'Enter the hour' })
      .int('Use a whole hour')
      .min(0, 'Use an hour from 0 to 23')
      .max(23, 'Use an hour from 0 to 23'),
  })
  .strict()
  .superRefine((settings, issues) => {
    const problem = (path: string, message: string) => issues.addIssue({ code: 'custom', path: [path], message });
    if (settings.security === 'none' && settings.host !== '' && !LOCAL_HOSTS.has(settings.host.toLowerCase()))
      problem('security', 'Without TLS, passwords and staff names would cross the network: use TLS or STARTTLS');
    const linkHost = /^http:\/\/([^/:]+|\[[^\]]+\])/.exec(settings.publicUrl)?.[1]?.replace(/^\[|\]$/g, '');
    if (linkHost !== undefined && !LOCAL_HOSTS.has(linkHost.toLowerCase()))
      problem('publicUrl', 'Use the https:// address people open: Linkwork is served over TLS beyond this machine');
    if (!settings.enabled) return;
    if (settings.host === '') problem('host', 'Enter the mail server before switching digests on');
    if (settings.senderAddress === '') problem('senderAddress', 'Enter the address digests come from');
    if (settings.publicUrl === '') problem('publicUrl', 'Enter the address people open, for the links in a digest');
  });

export type MailSettingsInput = z.output<typeof mailSettingsInput>;

export const mailTestInput = z.object({ to: emailAddress.optional() }).strict();

export const mailPreferencesInput = z
  .object({
    unsubscribed: z
      .array(z.enum(REMINDER_KINDS, { error: 'Choose training, induction, supervision or assessments' }))
      .max(REMINDER_KINDS.length)
      .refine((list) => new Set(list).size === list.length, 'Name each kind once'),
  })
  .strict();
