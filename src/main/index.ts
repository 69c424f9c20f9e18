import { app, BrowserWindow, dialog, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/backend.ts';
import type { Backend } from '../backend/backend.ts';
import type { BackupSchedule } from '../backend/backups/daily.ts';
import { scheduleDailyBackups } from '../backend/backups/daily.ts';
import { resolvePinnedToday } from '../backend/clock.ts';
import { resolveDataDir } from '../backend/data-dir.ts';
import { eventChannel } from '../shared/api/bridge.ts';
import { registerAppScheme, serveAppScheme } from './app-protocol.ts';
import { APP_HOST, WELCOME_HOST } from './app-scheme.ts';
import { createChoiceWindow } from './choice-window.ts';
import type { DesktopChoice } from './connection.ts';
import { dataDirNamed, forgetChoice, parseServerAddress, readChoice, writeChoice } from './connection.ts';
import { BUILT_FOR_DEV_SERVER, devServerOrigin } from './dev-server.ts';
import { serveApiOverIpc } from './ipc.ts';
import { isLocalAppUrl, mayRequestLocally } from './local-policy.ts';
import { installMenu } from './menu.ts';
import { createRemoteWindow } from './remote-window.ts';
import { guardSession } from './session-guard.ts';
import { createMainWindow } from './window.ts';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
/** electron-vite's dev server, only in a bundle built by `electron-vite dev` (dev-server.ts); null in a built app. */
const devOrigin = devServerOrigin(BUILT_FOR_DEV_SERVER, process.env);
const argv = process.argv.slice(1);
/** `--data-dir` (or LINKWORK_DATA_DIR) means this computer: the welcome screen's choice is not asked. */
const dataDirGiven = dataDirNamed(argv, process.env);

let backend: Backend | null = null;
let dailyBackups: BackupSchedule | null = null;
let mainWindow: BrowserWindow | null = null;
/** How this launch is used, once chosen (or remembered). */
let using: DesktopChoice | null = null;

/**
 * The local windows' session: the app's own files from app:// (and the dev server while developing), nothing from
 * the network, no `file:`; no permission but the clipboard's copy for the app's page (permissions.ts).
 */
function setUpLocalSession(): void {
  serveAppScheme({ [APP_HOST]: here('../renderer'), [WELCOME_HOST]: here('../../resources/desktop') });
  guardSession(session.defaultSession, {
    isOwnPage: (url) => isLocalAppUrl(url, devOrigin),
    mayRequest: (url) => mayRequestLocally(url, devOrigin),
  });
}

/** Forgets the choice and starts again, so the welcome screen asks. */
function chooseAgain(): void {
  forgetChoice(app.getPath('userData'));
  app.relaunch();
  app.quit();
}

const menuFor = (win: BrowserWindow) =>
  installMenu(win, { goTo: using?.mode === 'local', chooseAgain: dataDirGiven ? null : chooseAgain });

/** Replaces whatever window is showing, opening the new one first so the app never has no window. */
function show(next: BrowserWindow): void {
  const previous = mainWindow;
  mainWindow = next;
  menuFor(next);
  next.on('closed', () => {
    if (mainWindow === next) mainWindow = null;
  });
  // Not while the old window is still running the event that led here (a choice made, a failed load).
  if (previous) setImmediate(() => previous.destroy());
}

/** Personal mode: the backend on this computer's data file, in the locked-down window with its one bridge. */
function useHere(): void {
  using = { mode: 'local' };
  if (!backend) {
    const dataDir = resolveDataDir(argv, process.env, () => app.getPath('userData'));
    let started: Backend;
    try {
      started = createBackend({ dataDir, pinnedToday: resolvePinnedToday(argv, process.env) });
    } catch (error) {
      // Such as another Linkwork holding this data folder: its message says which and what to do.
      dialog.showErrorBox('Linkwork could not open its data', (error as Error).message);
      app.exit(1);
      return;
    }
    backend = started;
    serveApiOverIpc(
      started,
      () => mainWindow,
      (url) => isLocalAppUrl(url, devOrigin),
    );
    started.onChange((change) => mainWindow?.webContents.send(eventChannel('changed'), change));
    dailyBackups = scheduleDailyBackups(
      started.ctx,
      { info: console.log, error: console.error },
      { whileOpen: started.whileOpen },
    );
  }
  show(createMainWindow({ preload: here('../preload/index.cjs'), devOrigin }));
  backend.warmUp(); // while the renderer process loads the page; its first call waits for this
}

/** Team mode: the PCN's server in a window with no more privilege than a browser tab. */
function connect(address: string): void {
  using = { mode: 'connect', address };
  show(createRemoteWindow(address, (problem) => ask({ problem, address })));
}

/** The welcome screen: use on this computer, or connect to the PCN's Linkwork. */
function ask(problem?: { problem: string; address: string }): void {
  using = null;
  const choice = createChoiceWindow((request) => {
    const userData = app.getPath('userData');
    if (request.choice === 'local') {
      writeChoice(userData, { mode: 'local' });
      useHere();
      return;
    }
    const checked = parseServerAddress(request.address);
    if (!checked.ok) {
      choice.showProblem(checked.message, request.address);
      return;
    }
    writeChoice(userData, { mode: 'connect', address: checked.address });
    connect(checked.address);
  });
  show(choice.window);
  if (problem) choice.showProblem(problem.problem, problem.address);
}

function open(): void {
  if (dataDirGiven) return useHere();
  const remembered = readChoice(app.getPath('userData'));
  if (remembered?.mode === 'local') return useHere();
  if (remembered?.mode === 'connect') return connect(remembered.address);
  ask();
}

app.enableSandbox();
registerAppScheme(); // before ready, as Electron requires
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

// No page, local or remote, may embed a webview or attach one.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app
  .whenReady()
  .then(() => {
    setUpLocalSession();
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
  })
  .catch((error: unknown) => {
    console.error(`Linkwork could not start: ${(error as Error).message}`);
    app.exit(1);
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', (event) => {
  const closing = backend;
  if (!closing) return;
  backend = null;
  const backups = dailyBackups;
  dailyBackups = null;
  if (!backups) return closing.close();
  // A backup under way finishes before the file closes; then quit again, with nothing left to wait for.
  event.preventDefault();
  void backups.stop().finally(() => {
    closing.close();
    app.quit();
  });
});
