/**
 * What a Linkwork window may ask of the computer. Every permission is refused (camera, microphone, location,
 * notifications, devices, reading the clipboard, opening other programs...) except the one the pages use today:
 * writing text to the clipboard, for the "Copy" button beside a one-time sign-in link, and only for the window's
 * own page in its main frame.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export interface PermissionAsk {
  permission: string;
  /** The address of the frame asking (Electron gives the origin for checks and the URL for requests). */
  requestingUrl: string;
  isMainFrame: boolean;
}

export function permissionGranted(ask: PermissionAsk, isOwnPage: (url: string) => boolean): boolean {
  return GRANTED_PERMISSIONS.has(ask.permission) && ask.isMainFrame && isOwnPage(ask.requestingUrl);
}
