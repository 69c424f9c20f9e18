import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ReminderKind } from '../../shared/domain/reminders.ts';
import { REMINDER_KINDS } from '../../shared/domain/reminders.ts';
import { existingMailLinkSecret, mailLinkSecret } from './settings.ts';

/** Where the team server answers unsubscribe links: GET shows what the link does, POST does it. */
export const UNSUBSCRIBE_PATH = '/mail/unsubscribe';

export interface UnsubscribeTarget {
  accountId: number;
  kind: ReminderKind;
}

const signatureOf = (secret: string, { accountId, kind }: UnsubscribeTarget): Buffer =>
  createHmac('sha256', secret).update(`unsubscribe:${accountId}:${kind}`).digest();

/**
 * The token in one account's link to stop one kind of digest: `<account>.<kind>.<signature>`, signed with the
 * data file's secret, so no one can make a link for another account or kind.
 */
export function unsubscribeToken(db: Database, target: UnsubscribeTarget): string {
  const signature = signatureOf(mailLinkSecret(db), target).toString('base64url');
  return `${target.accountId}.${target.kind}.${signature}`;
}

export function unsubscribeUrl(db: Database, publicUrl: string, target: UnsubscribeTarget): string {
  return `${publicUrl.replace(/\/+$/, '')}${UNSUBSCRIBE_PATH}?t=${unsubscribeToken(db, target)}`;
}

/** The account and kind a token names when its signature is right; null for anything else. */
export function verifyUnsubscribeToken(db: Database, token: string): UnsubscribeTarget | null {
  const match = /^(\d{1,12})\.([a-z]{1,20})\.([A-Za-z0-9_-]{43})$/.exec(token);
  const secret = existingMailLinkSecret(db);
  if (!match || !secret) return null;
  const kind = REMINDER_KINDS.find((k) => k === match[2]);
  if (!kind) return null;
  const target = { accountId: Number(match[1]), kind };
  const given = Buffer.from(match[3] as string, 'base64url');
  const expected = signatureOf(secret, target);
  return given.length === expected.length && timingSafeEqual(given, expected) ? target : null;
}
