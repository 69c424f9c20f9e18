import { app, BrowserWindow, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/backend.ts';
import type { Backend } from '../backend/backend.ts';
import { resolvePinnedToday } from '../backend/clock.ts';
import { resolveDataDir } from '../backend/data-dir.ts';
import { eventChannel } from '../shared/api/bridge.ts';
import { serveApiOverIpc } from './ipc.ts';
import { installMenu } from './menu.ts';
import { createMainWindow } from './window.ts';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // No remote content: only the app's own files (and the dev server while developing).
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed =
      url.startsWith('file:') ||
      url.startsWith('devtools:') ||
      url.startsWith('data:') ||
      (devServerUrl !== undefined && url.startsWith(devServerUrl));
    callback({ cancel: !allowed });
  });
}

function openWindow(): void {
  mainWindow = createMainWindow({
    preload: here('../preload/index.cjs'),
    rendererIndex: here('../renderer/index.html'),
    devServerUrl,
  });
  installMenu(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app
  .whenReady()
  .then(() => {
    const dataDir = resolveDataDir(process.argv.slice(1), process.env, () => app.getPath('userData'));
    backend = createBackend({ dataDir, pinnedToday: resolvePinnedToday(process.argv.slice(1), process.env) });
    lockDownSession();
    serveApiOverIpc(backend, () => mainWindow);
    backend.onChange((change) => mainWindow?.webContents.send(eventChannel('changed'), change));
    openWindow();
    backend.warmUp(); // while the renderer process loads the page; its first call waits for this
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  })
  .catch((error: unknown) => {
    console.error(`Linkwork could not start: ${(error as Error).message}`);
    app.exit(1);
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => backend?.close());
