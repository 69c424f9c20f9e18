import { protocol } from 'electron';
import type { AppRoots } from './app-files.ts';
import { serveAppFile } from './app-files.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-scheme.ts';

/** Before the app is ready: app:// is a standard, secure scheme (app-scheme.ts says why). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Once ready: app:// answers from these folders only, in the default session (the connected window has its own). */
export function serveAppScheme(roots: AppRoots): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request, roots));
}
