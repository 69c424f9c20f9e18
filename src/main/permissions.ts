/**
 * What a Linkwork window may ask of the computer. Every permission is refused (camera, microphone, location,
 * devices, reading the clipboard, opening other programs...) except the two the pages use, and only for the
 * window's own page in its main frame: writing text to the clipboard, for the "Copy" button beside a one-time
 * sign-in link, and notifications, for the day's one desktop notice of reminders (asked for from a click).
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'notifications']);

export interface PermissionAsk {
  permission: string;
  /** The address of the frame asking (Electron gives the origin for checks and the URL for requests). */
  requestingUrl: string;
  isMainFrame: boolean;
}

export function permissionGranted(ask: PermissionAsk, isOwnPage: (url: string) => boolean): boolean {
  return GRANTED_PERMISSIONS.has(ask.permission) && ask.isMainFrame && isOwnPage(ask.requestingUrl);
}
