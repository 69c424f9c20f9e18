import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHOICE_FILE, readChoice, writeChoice } from '../../src/main/connection.ts';
import { tempDir } from '../support/backend.ts';

/**
 * Electron cannot be launched here, so the desktop shell (src/main/index.ts) runs against a stand-in for
 * Electron's API that records what the shell asks of it: which page each window loads, with what web
 * preferences, and what its navigation, window-opening, permission and request handlers answer.
 */
type Handler = (...args: never[]) => unknown;

class FakeSession {
  permissionRequest: Handler | null = null;
  permissionCheck: Handler | null = null;
  devicePermission: Handler | null = null;
  beforeRequest: ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | null = null;
  readonly partition: string;
  constructor(partition: string) {
    this.partition = partition;
  }
  setPermissionRequestHandler(h: Handler) {
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h: Handler) {
    this.permissionCheck = h;
  }
  setDevicePermissionHandler(h: Handler) {
    this.devicePermission = h;
  }
  webRequest = {
    onBeforeRequest: (h: FakeSession['beforeRequest']) => {
      this.beforeRequest = h;
    },
  };
  /** Whether a request for this URL would go ahead. */
  allows(url: string): boolean {
    let cancel = true;
    this.beforeRequest?.({ url }, (answer) => (cancel = answer.cancel));
    return !cancel;
  }
}

class FakeWebContents extends EventEmitter {
  static next = 1;
  id = FakeWebContents.next++;
  mainFrame = {};
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  send = vi.fn();
  url = '';
  setWindowOpenHandler(h: FakeWebContents['openHandler']) {
    this.openHandler = h;
  }
  getURL() {
    return this.url;
  }
  /** Fires a navigation the page started; true if the shell let it go ahead. */
  navigate(url: string, event = 'will-navigate'): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return !prevented;
  }
}

interface Loaded {
  file?: string;
  query?: Record<string, string>;
  url?: string;
}

class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.destroyed);
  webContents = new FakeWebContents();
  loads: Loaded[] = [];
  destroyed = false;
  readonly options: { webPreferences: Record<string, unknown> };
  constructor(options: { webPreferences: Record<string, unknown> }) {
    super();
    this.options = options;
    FakeBrowserWindow.all.push(this);
  }
  loadFile(file: string, options?: { query?: Record<string, string> }) {
    this.loads.push({ file, query: options?.query ?? {} });
    return Promise.resolve();
  }
  loadURL(url: string) {
    this.loads.push({ url });
    this.webContents.url = url;
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  destroy() {
    this.destroyed = true;
    this.emit('closed');
  }
}

const sessions = new Map<string, FakeSession>();
const sessionOf = (partition: string) => {
  const existing = sessions.get(partition);
  if (existing) return existing;
  const made = new FakeSession(partition);
  sessions.set(partition, made);
  return made;
};

const appEvents = new EventEmitter();
const electron = {
  app: {
    isPackaged: true,
    userData: '',
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Handler) => appEvents.on(event, listener as never),
    whenReady: () => Promise.resolve(),
    getPath: () => electron.app.userData,
    relaunch: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  },
  BrowserWindow: FakeBrowserWindow,
  session: {
    get defaultSession() {
      return sessionOf('');
    },
    fromPartition: sessionOf,
  },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
  ipcMain: { handle: vi.fn() },
};

vi.mock('electron', () => ({ ...electron, default: electron }));

const flush = () => new Promise((resolve) => setImmediate(resolve));
const live = () => FakeBrowserWindow.getAllWindows();
const only = () => {
  const windows = live();
  expect(windows).toHaveLength(1);
  return windows[0] as FakeBrowserWindow;
};
const CHOICE_PAGE = path.resolve('resources/desktop/choose.html');
const pageUrl = (query: string) => `file://${CHOICE_PAGE}?${query}`;

/** Starts the shell as a fresh launch with these arguments. */
async function launch(...args: string[]) {
  vi.resetModules();
  process.argv = [process.argv[0] ?? 'node', '.', ...args];
  await import('../../src/main/index.ts');
  await flush();
}

const savedArgv = process.argv;
const savedDataDir = process.env.LINKWORK_DATA_DIR;

beforeEach(() => {
  electron.app.userData = tempDir('linkwork-desktop-');
  delete process.env.LINKWORK_DATA_DIR;
});

afterEach(async () => {
  appEvents.emit('will-quit'); // closes the local backend, if one was started
  appEvents.removeAllListeners();
  FakeBrowserWindow.all = [];
  sessions.clear();
  vi.clearAllMocks();
  process.argv = savedArgv;
  if (savedDataDir !== undefined) process.env.LINKWORK_DATA_DIR = savedDataDir;
  await flush();
  fs.rmSync(electron.app.userData, { recursive: true, force: true });
});

describe('the desktop app, first launched', () => {
  it('asks on a local page with no bridge: use on this computer, or connect', async () => {
    await launch();
    const choice = only();
    expect(choice.loads).toEqual([{ file: CHOICE_PAGE, query: {} }]);
    expect(choice.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(choice.options.webPreferences.preload).toBeUndefined();
    expect(choice.webContents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(choice.webContents.navigate('https://example.org/')).toBe(false);
    expect(readChoice(electron.app.userData)).toBeNull();
  });

  it('refuses an address that is not https, saying why and keeping what was typed', async () => {
    await launch();
    const choice = only();
    expect(choice.webContents.navigate(pageUrl('choice=connect&address=http%3A%2F%2Fpcn.example.org'))).toBe(false);
    expect(choice.loads.at(-1)).toEqual({
      file: CHOICE_PAGE,
      query: {
        problem: 'Linkwork connects only over https, so the address must start with https://',
        address: 'http://pcn.example.org',
      },
    });
    expect(fs.existsSync(path.join(electron.app.userData, CHOICE_FILE))).toBe(false);
  });

  it('connects to the PCN in a window with no more privilege than a browser tab, and remembers it', async () => {
    await launch();
    only().webContents.navigate(pageUrl('choice=connect&address=pcn.example.org'));
    await flush();
    const remote = only();
    expect(remote.loads).toEqual([{ url: 'https://pcn.example.org/' }]);
    expect(readChoice(electron.app.userData)).toEqual({ mode: 'connect', address: 'https://pcn.example.org/' });

    const prefs = remote.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBeUndefined();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();

    const contents = remote.webContents;
    expect(contents.navigate('https://pcn.example.org/#/staff/3')).toBe(true);
    expect(contents.navigate('https://evil.example.net/')).toBe(false);
    expect(contents.navigate('https://evil.example.net/', 'will-redirect')).toBe(false);
    expect(contents.navigate('file:///etc/passwd')).toBe(false);
    expect(contents.openHandler?.({ url: 'https://www.england.nhs.uk/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.england.nhs.uk/');

    const ses = prefs.session as FakeSession;
    expect(ses.partition).toBe('persist:linkwork-team');
    let granted: boolean | null = null;
    ses.permissionRequest?.(...([null, 'media', (answer: boolean) => (granted = answer)] as never[]));
    expect(granted).toBe(false);
    expect(ses.permissionCheck?.()).toBe(false);
    expect(ses.allows('https://pcn.example.org/api')).toBe(true);
    expect(ses.allows('https://tracker.example.com/pixel.gif')).toBe(false);
    expect(ses.allows('http://pcn.example.org/api')).toBe(false);
  });

  it('uses this computer: the local window with its one bridge, and remembers it', async () => {
    await launch();
    only().webContents.navigate(pageUrl('choice=local'));
    await flush();
    const local = only();
    expect(local.options.webPreferences.preload).toMatch(/preload[/\\]index\.cjs$/);
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(readChoice(electron.app.userData)).toEqual({ mode: 'local' });
    expect(fs.existsSync(path.join(electron.app.userData, 'linkwork.sqlite'))).toBe(true);
  });
});

describe('the desktop app, launched again', () => {
  it('goes straight to the remembered server', async () => {
    writeChoice(electron.app.userData, { mode: 'connect', address: 'https://pcn.example.org/' });
    await launch();
    expect(only().loads).toEqual([{ url: 'https://pcn.example.org/' }]);
  });

  it('goes back to the choice, saying so, when the server cannot be reached', async () => {
    writeChoice(electron.app.userData, { mode: 'connect', address: 'https://pcn.example.org/' });
    await launch();
    only().webContents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'https://pcn.example.org/', true);
    await flush();
    const choice = only();
    expect(choice.loads.at(-1)).toMatchObject({
      file: CHOICE_PAGE,
      query: { address: 'https://pcn.example.org/', problem: expect.stringContaining('could not reach') },
    });
  });

  it('asks again from the File menu, forgetting the choice', async () => {
    writeChoice(electron.app.userData, { mode: 'connect', address: 'https://pcn.example.org/' });
    await launch();
    const template = electron.Menu.setApplicationMenu.mock.lastCall?.[0] as unknown as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    expect(template.map((m) => m.label)).not.toContain('Go');
    const item = template[0]?.submenu?.find((i) => i.label === 'Use on this computer or connect…');
    item?.click?.();
    expect(readChoice(electron.app.userData)).toBeNull();
    expect(electron.app.relaunch).toHaveBeenCalled();
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('uses this computer without asking when a data folder is named', async () => {
    const dataDir = path.join(electron.app.userData, 'named');
    await launch('--data-dir', dataDir);
    expect(only().options.webPreferences.preload).toMatch(/index\.cjs$/);
    expect(fs.existsSync(path.join(dataDir, 'linkwork.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(electron.app.userData, CHOICE_FILE))).toBe(false);
  });
});
