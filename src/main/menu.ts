import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';
import { eventChannel } from '../shared/api/bridge.ts';

const PAGES = [
  { label: 'Staff register', route: 'staff', accelerator: 'CmdOrCtrl+1' },
  { label: 'Training matrix', route: 'matrix', accelerator: 'CmdOrCtrl+2' },
  { label: 'Competencies', route: 'competencies', accelerator: 'CmdOrCtrl+3' },
  { label: 'Organisation', route: 'organisation', accelerator: 'CmdOrCtrl+4' },
  { label: 'Settings', route: 'settings', accelerator: 'CmdOrCtrl+5' },
  { label: 'Audit log', route: 'audit', accelerator: 'CmdOrCtrl+6' },
] as const;

export interface MenuOptions {
  /** The Go menu drives the local page through its bridge; a connected window has its own navigation. */
  goTo: boolean;
  /** Forgets how Linkwork is used and asks again; null when a data folder was named at launch. */
  chooseAgain: (() => void) | null;
}

export function installMenu(win: BrowserWindow, options: MenuOptions): void {
  const go: MenuItemConstructorOptions[] = PAGES.map((page) => ({
    label: page.label,
    accelerator: page.accelerator,
    click: () => win.webContents.send(eventChannel('navigate'), page.route),
  }));
  const { chooseAgain } = options;
  const file: MenuItemConstructorOptions = chooseAgain
    ? {
        label: 'File',
        submenu: [
          { label: 'Use on this computer or connect…', click: () => chooseAgain() },
          { type: 'separator' },
          process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
        ],
      }
    : { role: 'fileMenu' };
  const template: MenuItemConstructorOptions[] = [
    file,
    { role: 'editMenu' },
    ...(options.goTo ? [{ label: 'Go', submenu: go }] : []),
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
