import { session } from 'electron';
import type { BrowserWindow, Session } from 'electron';
import { createAppWindow, openOutside } from './app-window.ts';
import { belongsToServer, originOf } from './connection.ts';
import { guardSession } from './session-guard.ts';

/** Connected windows share one persistent session (so the sign-in cookie lasts as long as the server allows). */
const PARTITION = 'persist:linkwork-team';

let locked: Session | null = null;

/**
 * The connected window's session: nothing is fetched from anywhere but the server's own origin, and no permission
 * is granted but writing to the clipboard from the server's page (permissions.ts).
 */
function lockedDownSession(serverOrigin: string): Session {
  if (locked) return locked;
  const ses = session.fromPartition(PARTITION);
  guardSession(ses, {
    isOwnPage: (url) => belongsToServer(url, serverOrigin),
    mayRequest: (url) => belongsToServer(url, serverOrigin) || url.startsWith('data:') || url.startsWith('devtools:'),
  });
  locked = ses;
  return ses;
}

/**
 * The PCN's Linkwork in a window with no more privilege than a browser tab: no preload and so no bridge to the
 * computer, isolated and sandboxed, no Node, navigation kept to the server's origin, no new windows, every
 * permission refused but the clipboard's copy. `onUnreachable` hears when the server cannot be reached.
 */
export function createRemoteWindow(address: string, onUnreachable: (message: string) => void): BrowserWindow {
  const serverOrigin = originOf(address);
  if (!serverOrigin) throw new Error(`Not a server address: ${address}`);
  const win = createAppWindow({ session: lockedDownSession(serverOrigin) });
  const keepToServer = (event: Electron.Event, url: string) => {
    if (belongsToServer(url, serverOrigin)) return;
    event.preventDefault();
    openOutside(url);
  };
  win.webContents.on('will-navigate', keepToServer);
  win.webContents.on('will-redirect', keepToServer);
  win.webContents.on('will-frame-navigate', (details) => {
    if (!belongsToServer(details.url, serverOrigin)) details.preventDefault();
  });
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 is a navigation that was stopped (by us, or superseded by another): not a failure to reach the server.
    if (!isMainFrame || code === -3) return;
    onUnreachable(
      `Linkwork could not reach ${originOf(url) ?? address} (${description}). Check the address, or try again.`,
    );
  });
  void win.loadURL(address);
  return win;
}
