/**
 * The desktop app's own pages are served from `app://`, never from `file:`: a standard, secure scheme gives each
 * page a real origin (so the page's `'self'` means only its own files), and the handler serves only the folders
 * named here. Pure, no Electron, so it is tested without launching the app.
 */
export const APP_SCHEME = 'app';

/** The app's pages (the built renderer, out/renderer). */
export const APP_HOST = 'linkwork';
/** The welcome choice (resources/desktop): a separate origin, so it shares nothing with the app's pages. */
export const WELCOME_HOST = 'welcome';

export type AppHost = typeof APP_HOST | typeof WELCOME_HOST;

const HOSTS: readonly AppHost[] = [APP_HOST, WELCOME_HOST];

/**
 * Registered before the app is ready: standard (relative addresses and a real origin) and secure (a secure context,
 * like https), with fetch for the page's module script; no CORS, no service workers, no bypassing the CSP.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

export const appOrigin = (host: AppHost): string => `${APP_SCHEME}://${host}`;

/** The address of one of the app's own files, with an optional query. */
export function appUrl(host: AppHost, file: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${appOrigin(host)}/${file}${search ? `?${search}` : ''}`;
}

/**
 * Which of the app's origins a URL belongs to (a `blob:` URL belongs to the origin that made it), or null for
 * anything else. Node gives non-special schemes an opaque origin, so the scheme and host are compared instead.
 */
export function appHostOf(url: string): AppHost | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
    if (parsed.protocol === 'blob:') parsed = new URL(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.username || parsed.password || parsed.port) return null;
  const host = parsed.hostname.toLowerCase();
  return HOSTS.find((known) => known === host) ?? null;
}
