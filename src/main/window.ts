import type { BrowserWindow } from 'electron';
import { createAppWindow, openOutside } from './app-window.ts';
import { APP_HOST, appUrl } from './app-scheme.ts';
import { isLocalAppUrl, mayNavigateLocally } from './local-policy.ts';

export interface MainWindowOptions {
  preload: string;
  /** electron-vite's dev server while Linkwork is being worked on (dev-server.ts), otherwise null. */
  devOrigin: string | null;
}

/**
 * The app's page on this computer, from app://linkwork (or the dev server): locked down, with the one bridge, never
 * navigating away (a link elsewhere goes to openOutside's list) and never opening another window.
 */
export function createMainWindow({ preload, devOrigin }: MainWindowOptions): BrowserWindow {
  const win = createAppWindow({ preload });
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (mayNavigateLocally(url, contents.getURL(), devOrigin)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isLocalAppUrl(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!isLocalAppUrl(details.url, devOrigin)) details.preventDefault();
  });
  void win.loadURL(devOrigin ?? appUrl(APP_HOST, 'index.html'));
  return win;
}
