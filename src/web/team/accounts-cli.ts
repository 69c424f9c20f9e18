import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { formatUkDateTime } from '../../shared/rules/dates.ts';
import { emailAddress } from '../../shared/schemas/accounts.ts';
import { nameText } from '../../shared/schemas/staff-text.ts';
import type { Backend } from '../../backend/backend.ts';
import { createBackend } from '../../backend/backend.ts';
import { inviteAccount, listAccountSummaries, reissueLink } from '../../backend/accounts/admin.ts';
import { findAccountByEmail } from '../../backend/accounts/queries.ts';
import { resolvePinnedToday } from '../../backend/clock.ts';
import { inTransaction } from '../../backend/context.ts';
import { defaultUserDataDir, resolveDataDir } from '../../backend/data-dir.ts';
import { DataFolderInUseError } from '../../backend/db/instance-lock.ts';
import { nodeVersionProblem } from '../../backend/db/node-version.ts';
import { DomainError } from '../../backend/errors.ts';
import { createColleague } from '../../backend/pcn/service.ts';

export const LEAD_JOB_TITLE = 'PCN workforce lead';

const USAGE = [
  'Usage: npm run accounts -- [--data-dir DIR] COMMAND',
  '  add-lead --email ADDRESS --name "NAME" [--url https://HOST]   a lead account and its one-time set-up link',
  '  reissue --email ADDRESS [--url https://HOST]                 a new set-up link (the old one stops working)',
  '  list                                                         every account, its roles and sessions',
].join('\n');

class Refusal extends Error {}

function fullLink(linkPath: string, url: string | undefined): string {
  if (!url) return `/${linkPath}`;
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new Refusal(`--url must be the address people open, such as https://linkwork.example.nhs.uk, not ${url}`);
  }
  return `${base.origin}/${linkPath}`;
}

function printLink(link: { linkPath: string; expiresAt: string }, url: string | undefined): void {
  console.log(`It works once, until ${formatUkDateTime(link.expiresAt)} UK time (72 hours).`);
  if (!url) console.log("Put this after the server's address (or give --url https://HOST next time):");
  console.log(`Set-up link: ${fullLink(link.linkPath, url)}`);
  console.log('Send it by NHSmail to that address only; whoever opens it first sets the password.');
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, flag: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Refusal(`${flag}: ${result.error.issues[0]?.message ?? 'not valid'}`);
  return result.data;
}

function addLead(backend: Backend, values: Record<string, unknown>): void {
  const email = parsed(emailAddress, values.email, '--email');
  const name = parsed(nameText('name'), values.name, '--name');
  const url = typeof values.url === 'string' ? values.url : undefined;
  fullLink('', url); // a malformed --url is refused before anything is written
  const ctx = backend.ctx;
  if (findAccountByEmail(ctx.db, email))
    throw new Refusal(`${email} already has an account: use "reissue --email ${email}" for a new link`);
  const invitation = inTransaction(ctx, () => {
    const colleague = createColleague(ctx, { name, jobTitle: LEAD_JOB_TITLE, practiceId: null });
    return inviteAccount(ctx, { person: { kind: 'colleague', id: colleague.id }, email, lead: true });
  });
  console.log(`Made ${name} (${LEAD_JOB_TITLE}) a lead account for ${email}.`);
  printLink(invitation, url);
}

function reissue(backend: Backend, values: Record<string, unknown>): void {
  const email = parsed(emailAddress, values.email, '--email');
  const url = typeof values.url === 'string' ? values.url : undefined;
  fullLink('', url);
  const account = findAccountByEmail(backend.ctx.db, email);
  if (!account) throw new Refusal(`No account has the e-mail address ${email}: "list" shows them all`);
  const link = reissueLink(backend.ctx, account.id);
  console.log(`A new set-up link for ${account.name} (${email}); any earlier one no longer works.`);
  printLink(link, url);
}

function list(backend: Backend): void {
  const accounts = listAccountSummaries(backend.ctx);
  if (accounts.length === 0) return console.log('No accounts yet: add the first lead with add-lead.');
  for (const a of accounts) {
    const password = a.passwordSet ? 'password set' : a.linkExpiresAt ? 'set-up link sent' : 'no password or link';
    const roles = a.roles.join(', ') || 'no role';
    console.log(`${a.email}\t${a.person.name}\t${roles}\t${password}\t${a.activeSessions} active sessions`);
  }
}

/** `npm run accounts`: accounts from the command line, for the first lead above all. */
export function runAccounts(argv: readonly string[] = process.argv.slice(2)): number {
  const problem = nodeVersionProblem();
  if (problem) {
    console.error(problem);
    return 1;
  }
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      today: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      url: { type: 'string' },
    },
    allowPositionals: true,
    strict: false,
  });
  const command = positionals[0];
  if (!command || !['add-lead', 'reissue', 'list'].includes(command)) {
    console.error(USAGE);
    return 1;
  }
  const dataDir = resolveDataDir(argv, process.env, () => defaultUserDataDir());
  let backend: Backend;
  try {
    backend = createBackend({ dataDir, pinnedToday: resolvePinnedToday(argv, process.env), shell: 'npm run accounts' });
  } catch (error) {
    // The server (or the app) has the data folder: accounts are changed while it is stopped, or in its pages.
    if (!(error instanceof DataFolderInUseError)) throw error;
    console.error(error.message);
    return 1;
  }
  try {
    if (command === 'add-lead') addLead(backend, values);
    else if (command === 'reissue') reissue(backend, values);
    else list(backend);
    return 0;
  } catch (error) {
    if (error instanceof Refusal || error instanceof DomainError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    backend.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = runAccounts();
}
