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

/**
 * One person's digest: their reminders by kind, each with its due date and a link to the page that fixes it,
 * and under each kind a link to stop that kind. Only staff data: names, what is due and when, and the PCN.
 */
export function composeDigest(content: DigestContent): ComposedDigest {
  const { pcnName, personName, today, items, publicUrl } = content;
  const groups = REMINDER_KINDS.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter(
    (group) => group.items.length > 0,
  );
  const count = items.length === 1 ? '1 reminder' : `${items.length} reminders`;
  const subject = `${pcnName}: ${count} from Linkwork for ${formatUkDate(today)}`;
  const intro = `Hello ${personName}, here is what is due or overdue for you in ${pcnName}'s Linkwork.`;
  const closing = 'You get at most one of these e-mails a day. Open Linkwork to see everything.';
  const choices = appLink(publicUrl, MY_MAIL_PAGE);

  const text = [
    intro,
    '',
    ...groups.flatMap((group) => [
      `${MAIL_KIND_LABELS[group.kind]}`,
      ...group.items.map((item) => `- ${line(item, today)}: ${appLink(publicUrl, item.link)}`),
      `Stop ${MAIL_KIND_LABELS[group.kind].toLowerCase()} e-mails: ${content.unsubscribeUrl(group.kind)}`,
      '',
    ]),
    closing,
    `Choose what these e-mails tell you about: ${choices}`,
  ].join('\n');

  const html = [
    '<!doctype html><html lang="en-GB"><body style="font-family: Arial, sans-serif; color: #1d1d1d">',
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.map(
      (group) =>
        `<h2 style="font-size: 1.1em">${escapeHtml(MAIL_KIND_LABELS[group.kind])}</h2><ul>` +
        group.items
          .map(
            (item) =>
              `<li><a href="${escapeHtml(appLink(publicUrl, item.link))}">${escapeHtml(line(item, today))}</a></li>`,
          )
          .join('') +
        `</ul><p style="font-size: 0.9em"><a href="${escapeHtml(content.unsubscribeUrl(group.kind))}">` +
        `Stop ${escapeHtml(MAIL_KIND_LABELS[group.kind].toLowerCase())} e-mails</a></p>`,
    ),
    `<p style="font-size: 0.9em">${escapeHtml(closing)} ` +
      `<a href="${escapeHtml(choices)}">Choose what these e-mails tell you about</a>.</p>`,
    '</body></html>',
  ].join('\n');

  return { subject, text, html };
}
