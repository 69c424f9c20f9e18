import type { Session } from 'electron';
import { permissionGranted } from './permissions.ts';

export interface SessionRules {
  /** The window's own page, the only one that may be granted anything (permissions.ts). */
  isOwnPage(url: string): boolean;
  /** Whether a request may go ahead at all; everything else is cancelled before it leaves. */
  mayRequest(url: string): boolean;
}

/** Holds a session to its rules: permissions checked and asked for, devices, and every request it makes. */
export function guardSession(ses: Session, rules: SessionRules): void {
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionGranted(
      { permission, requestingUrl: details.requestingUrl ?? requestingOrigin, isMainFrame: details.isMainFrame },
      rules.isOwnPage,
    ),
  );
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      permissionGranted(
        { permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame },
        rules.isOwnPage,
      ),
    ),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !rules.mayRequest(details.url) }));
}
