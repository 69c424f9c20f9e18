import type { ReminderKind } from '../../shared/domain/reminders.ts';
import { REMINDER_KINDS } from '../../shared/domain/reminders.ts';
import { MAIL_KIND_LABELS } from '../../shared/domain/mail.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import type { DigestItem } from './digest-queries.ts';
import { escapeHtml } from './html.ts';

export interface DigestContent {
  pcnName: string;
  personName: string;
  today: string;
  items: readonly DigestItem[];
  /** The address people open Linkwork at; an item's link is a page within it. */
  publicUrl: string;
  unsubscribeUrl(kind: ReminderKind): string;
}

export interface ComposedDigest {
  subject: string;
  text: string;
  html: string;
}

/** The page where a signed-in person chooses their e-mail reminders (renderer: pages/settings/MyMailPage.tsx). */
export const MY_MAIL_PAGE = '/email';

const appLink = (publicUrl: string, link: string) => `${publicUrl.replace(/\/+$/, '')}/#${link}`;

/** The item's title, with its due date unless the title already gives it. */
function line(item: DigestItem, today: string): string {
  const date = formatUkDate(item.dueDate);
  if (item.title.includes(date)) return item.title;
  return `${item.title}, ${item.dueDate < today ? 'overdue since' : 'due'} ${date}`;
}

/** A digest lists at most this many reminders of each kind, then says how many more there are. */
export const SHOWN_PER_KIND = 25;

interface KindGroup {
  kind: ReminderKind;
  label: string;
  shown: readonly DigestItem[];
  more: number;
}

function groupsOf(items: readonly DigestItem[]): KindGroup[] {
  return REMINDER_KINDS.map((kind) => {
    const ofKind = items.filter((item) => item.kind === kind);
    const shown = ofKind.slice(0, SHOWN_PER_KIND);
    return { kind, label: MAIL_KIND_LABELS[kind], shown, more: ofKind.length - shown.length };
  }).filter((group) => group.shown.length > 0);
}

const moreLine = (group: KindGroup) =>
  `and ${group.more} more ${group.label.toLowerCase()} ${group.more === 1 ? 'reminder' : 'reminders'} in Linkwork`;

/**
 * One person's digest: their reminders by kind, oldest due date first, each with a link to the page that fixes it
 * (a long list ends with how many more there are), and under each kind a link to stop that kind. Only staff data:
 * names, what is due and when, and the PCN.
 */
export function composeDigest(content: DigestContent): ComposedDigest {
  const { pcnName, personName, today, items, publicUrl } = content;
  const groups = groupsOf(items);
  const count = items.length === 1 ? '1 reminder' : `${items.length} reminders`;
  const subject = `${pcnName}: ${count} from Linkwork for ${formatUkDate(today)}`;
  const intro = `Hello ${personName}, here is what is due or overdue for you in ${pcnName}'s Linkwork.`;
  const closing = 'You get at most one of these e-mails a day. Open Linkwork to see everything.';
  const home = appLink(publicUrl, '/home');
  const choices = appLink(publicUrl, MY_MAIL_PAGE);
  const stop = (group: KindGroup) => `Stop ${group.label.toLowerCase()} e-mails`;

  const text = [
    intro,
    '',
    ...groups.flatMap((group) => [
      group.label,
      ...group.shown.map((item) => `- ${line(item, today)}: ${appLink(publicUrl, item.link)}`),
      ...(group.more > 0 ? [`- ${moreLine(group)}: ${home}`] : []),
      `${stop(group)}: ${content.unsubscribeUrl(group.kind)}`,
      '',
    ]),
    closing,
    `Choose what these e-mails tell you about: ${choices}`,
  ].join('\n');

  const link = (href: string, words: string) => `<a href="${escapeHtml(href)}">${escapeHtml(words)}</a>`;
  const html = [
    '<!doctype html><html lang="en-GB"><body style="font-family: Arial, sans-serif; color: #1d1d1d">',
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.map(
      (group) =>
        `<h2 style="font-size: 1.1em">${escapeHtml(group.label)}</h2><ul>` +
        group.shown.map((item) => `<li>${link(appLink(publicUrl, item.link), line(item, today))}</li>`).join('') +
        (group.more > 0 ? `<li>${link(home, moreLine(group))}</li>` : '') +
        `</ul><p style="font-size: 0.9em">${link(content.unsubscribeUrl(group.kind), stop(group))}</p>`,
    ),
    `<p style="font-size: 0.9em">${escapeHtml(closing)} ${link(choices, 'Choose what these e-mails tell you about')}.</p>`,
    '</body></html>',
  ].join('\n');

  return { subject, text, html };
}
