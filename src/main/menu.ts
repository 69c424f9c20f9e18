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

export function installMenu(win: BrowserWindow): void {
  const go: MenuItemConstructorOptions[] = PAGES.map((page) => ({
    label: page.label,
    accelerator: page.accelerator,
    click: () => win.webContents.send(eventChannel('navigate'), page.route),
  }));
  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'Go', submenu: go },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
