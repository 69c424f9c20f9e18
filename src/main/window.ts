import type { BrowserWindow } from 'electron';
import path from 'node:path';
import { createAppWindow } from './app-window.ts';

export interface WindowPaths {
  preload: string;
  rendererIndex: string;
  /** electron-vite's dev server, in development only. */
  devServerUrl?: string;
}

/** One locked-down window: isolated, sandboxed, no Node, no navigation away, no new windows. */
export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const win = createAppWindow({ preload: paths.preload });
  win.webContents.on('will-navigate', (event, url) => {
    if (url !== win.webContents.getURL()) event.preventDefault();
  });
  if (paths.devServerUrl) void win.loadURL(paths.devServerUrl);
  else void win.loadFile(path.resolve(paths.rendererIndex));
  return win;
}
