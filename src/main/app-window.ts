import { BrowserWindow, shell } from 'electron';
import type { WebPreferences } from 'electron';
import { fileURLToPath } from 'node:url';
import { outsideLink } from './external-links.ts';

/**
 * What every Linkwork window runs with: isolated and sandboxed, no Node (nor in frames), web security on, no
 * insecure content, no webview, and no navigating by dropping a file on it.
 */
export const LOCKED_DOWN: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
};

/** The window's icon (Linux and Windows; a packaged Mac app takes its bundle's): the favicon drawn at 256 px. */
const ICON = fileURLToPath(new URL('../../resources/icon.png', import.meta.url));

/** Leaving Linkwork: a link to an NHS or named training site opens in the computer's browser; the rest are logged. */
export function openOutside(url: string): void {
  const link = outsideLink(url);
  if (link.open) void shell.openExternal(link.url);
  else console.warn(link.refusal);
}

/**
 * The window the pages open in, on this computer or connected to the PCN's server: locked down (with spelling
 * checked) plus `webPreferences`, shown once drawn, and never opening another window.
 */
export function createAppWindow(webPreferences: WebPreferences): BrowserWindow {
  const win = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Linkwork',
    icon: ICON,
    show: false,
    webPreferences: { ...LOCKED_DOWN, spellcheck: true, ...webPreferences },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  return win;
}
