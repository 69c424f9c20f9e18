import type http from 'node:http';
import type { Backend } from '../../backend/backend.ts';
import { findAccount } from '../../backend/accounts/queries.ts';
import { ANONYMOUS } from '../../backend/access/caller.ts';
import { MY_MAIL_PAGE } from '../../backend/mail/digest-message.ts';
import { escapeHtml } from '../../backend/mail/html.ts';
import { UNSUBSCRIBE_PATH, verifyUnsubscribeToken } from '../../backend/mail/unsubscribe-links.ts';
import { MAIL_KIND_LABELS } from '../../shared/domain/mail.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security.ts';

export const isUnsubscribePath = (pathname: string): boolean => pathname === UNSUBSCRIBE_PATH;

/**
 * As every page, except that its one form may post back to this server (the app's own pages post no forms), and
 * the browser says where that post comes from: with no referrer at all it would send `Origin: null`, refused.
 */
const HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace("form-action 'none'", "form-action 'self'"),
  'Referrer-Policy': 'same-origin',
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
};

const STYLE =
  'body{font-family:Arial,sans-serif;color:#1d1d1d;margin:0;padding:2rem 1rem}' +
  'main{max-width:36rem;margin:0 auto;line-height:1.5}h1{font-size:1.5rem}' +
  'button{font:inherit;padding:.5rem 1rem;border-radius:4px;border:0;background:#005eb8;color:#fff;cursor:pointer}';

function page(status: number, res: http.ServerResponse, title: string, body: string): void {
  res.writeHead(status, HEADERS);
  res.end(
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)} – Linkwork</title>` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
  );
}

const notFound = (res: http.ServerResponse) =>
  page(404, res, 'This link does not work', '<p>Sign in to Linkwork to choose which e-mails you get.</p>');

/**
 * An e-mail digest's "stop these e-mails" link, without signing in: GET shows what the link will do and a button
 * (so a mail scanner that opens links unsubscribes no one), POST does it. A link whose signature is wrong, or whose
 * account is gone, gets the same answer as any other unknown address.
 */
export function serveUnsubscribe(
  backend: Backend,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  sameSite: boolean,
): void {
  const token = url.searchParams.get('t') ?? '';
  const target = verifyUnsubscribeToken(backend.ctx.db, token);
  const account = target ? findAccount(backend.ctx.db, target.accountId) : undefined;
  if (!target || !account) return notFound(res);
  const what = `${MAIL_KIND_LABELS[target.kind].toLowerCase()} reminders`;
  const backInSettings = `<p>You can choose again at any time: sign in to Linkwork and open <a href="/#${MY_MAIL_PAGE}">E-mail reminders</a>.</p>`;
  if (req.method === 'POST') {
    if (!sameSite) return page(403, res, 'Not allowed', '<p>Use the button on the page this link opened.</p>');
    // Through the backend's one door, signed in as no one (the token is the permission), so the change is
    // announced, the audit log's anchor moves, and its entry says the link was followed.
    void backend
      .handle({ method: 'mail.unsubscribeByLink', input: { token, kind: target.kind } }, ANONYMOUS)
      .then((answer) => {
        if (answer.ok)
          return page(
            200,
            res,
            'You are unsubscribed',
            `<p>Linkwork will send no more e-mails about ${what}.</p>${backInSettings}`,
          );
        if (answer.error.code === 'NOT_FOUND') return notFound(res);
        page(500, res, 'Linkwork could not do that', `<p>Please try the link again later.</p>${backInSettings}`);
      });
    return;
  }
  const action = `${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(token)}`;
  page(
    200,
    res,
    `Stop e-mails about ${what}?`,
    `<p>Linkwork e-mails a daily summary of what is due. This stops the ones about ${what}; ` +
      'others keep coming.</p>' +
      `<form method="post" action="${escapeHtml(action)}"><button type="submit">Stop e-mails about ${escapeHtml(what)}</button></form>` +
      backInSettings,
  );
}
