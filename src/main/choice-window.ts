import { BrowserWindow } from 'electron';
import { LOCKED_DOWN } from './app-window.ts';
import { appHostOf, appUrl, WELCOME_HOST } from './app-scheme.ts';
import type { ChoiceRequest } from './connection.ts';
import { choiceRequestOf } from './connection.ts';

/** The welcome page, served from app://welcome (resources/desktop). */
export const CHOICE_PAGE = 'choose.html';

/**
 * The welcome screen's choice: a small local page with no preload and no bridge. Its two forms ask for the page's
 * own address with a query (`?choice=local`, or `?choice=connect&address=…`); the window never loads it, and hands
 * the choice to `onChoice`. A problem is shown by loading the page again with `?problem=…&address=…`.
 */
export function createChoiceWindow(onChoice: (request: NonNullable<ChoiceRequest>) => void) {
  const win = new BrowserWindow({
    width: 960,
    height: 680,
    minWidth: 640,
    minHeight: 520,
    title: 'Linkwork',
    show: false,
    webPreferences: { ...LOCKED_DOWN },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    // Only the page's own forms answer: a choice from anywhere else is not one.
    const request = appHostOf(url) === WELCOME_HOST ? choiceRequestOf(url) : null;
    if (request) onChoice(request);
  });
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  win.webContents.on('will-frame-navigate', (details) => {
    if (appHostOf(details.url) !== WELCOME_HOST) details.preventDefault();
  });
  const show = (query: Record<string, string> = {}) => void win.loadURL(appUrl(WELCOME_HOST, CHOICE_PAGE, query));
  show();
  return {
    window: win,
    /** Shows the page again with a problem to put right, keeping what was typed. */
    showProblem: (problem: string, address: string) => show({ problem, address }),
  };
}
