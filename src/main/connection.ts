import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR_ENV } from '../backend/data-dir.ts';

/**
 * How the desktop app is used, chosen on its welcome screen and remembered in a small file in Electron's
 * user-data folder: on this computer (personal mode, its own data file), or connected to the PCN's Linkwork
 * server (team mode, the server's pages in a window with no more privilege than a browser tab).
 *
 * Pure Node, no Electron, so it is tested without launching the app.
 */
export type DesktopChoice = { mode: 'local' } | { mode: 'connect'; address: string };

export const CHOICE_FILE = 'connection.json';

export type AddressCheck = { ok: true; address: string; origin: string } | { ok: false; message: string };

const EXAMPLE = 'https://linkwork.yourpcn.nhs.uk';

/**
 * A Linkwork server's address as typed: https only, no user name or password; a bare host name gets https://.
 * The query and fragment (say, of a pasted invitation link) are dropped: what is kept is the origin and path.
 */
export function parseServerAddress(typed: string): AddressCheck {
  const text = typed.trim();
  if (!text) return { ok: false, message: `Enter your PCN's Linkwork address, for example ${EXAMPLE}` };
  if (text.length > 2000) return { ok: false, message: 'That address is too long' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: `That is not a web address: type it as ${EXAMPLE}` };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      message: 'Linkwork connects only over https, so the address must start with https://',
    };
  }
  if (url.username || url.password) return { ok: false, message: 'The address must not hold a user name or password' };
  if (!url.hostname) return { ok: false, message: `That is not a web address: type it as ${EXAMPLE}` };
  const pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, address: `${url.origin}${pathname}`, origin: url.origin };
}

/** The origin of a URL, or null if it has none a window could belong to. */
export function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Whether a connected window may load this URL: only from the server's own origin (and its blobs). */
export function belongsToServer(url: string, serverOrigin: string): boolean {
  return originOf(url) === serverOrigin;
}

/** The remembered choice, or null if there is none (or the file is unreadable or names a bad address). */
export function readChoice(userDataDir: string): DesktopChoice | null {
  let stored: unknown;
  try {
    stored = JSON.parse(fs.readFileSync(path.join(userDataDir, CHOICE_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { mode, address } = stored as { mode?: unknown; address?: unknown };
  if (mode === 'local') return { mode: 'local' };
  if (mode === 'connect' && typeof address === 'string') {
    const checked = parseServerAddress(address);
    return checked.ok ? { mode: 'connect', address: checked.address } : null;
  }
  return null;
}

/** Remembers the choice, whole or not at all (written beside the file, then renamed over it). */
export function writeChoice(userDataDir: string, choice: DesktopChoice): void {
  fs.mkdirSync(userDataDir, { recursive: true });
  const file = path.join(userDataDir, CHOICE_FILE);
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, `${JSON.stringify(choice, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
}

/** Forgets the choice, so the welcome screen asks again at the next launch. */
export function forgetChoice(userDataDir: string): void {
  fs.rmSync(path.join(userDataDir, CHOICE_FILE), { force: true });
}

/** A data folder named at launch (`--data-dir` or LINKWORK_DATA_DIR) means this computer, without asking. */
export function dataDirNamed(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const { values } = parseArgs({ args: [...argv], options: { 'data-dir': { type: 'string' } }, strict: false });
  const named = values['data-dir'] ?? env[DATA_DIR_ENV];
  return typeof named === 'string' && named.length > 0;
}

/** What the welcome page sends back: `?choice=local`, or `?choice=connect&address=…`. */
export type ChoiceRequest = { choice: 'local' } | { choice: 'connect'; address: string } | null;

export function choiceRequestOf(url: string): ChoiceRequest {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return null;
  }
  const choice = params.get('choice');
  if (choice === 'local') return { choice: 'local' };
  if (choice === 'connect') return { choice: 'connect', address: params.get('address') ?? '' };
  return null;
}
