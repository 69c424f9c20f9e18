import { EventEmitter } from 'node:events';
import type { Mock } from 'vitest';
import { vi } from 'vitest';

/**
 * Electron cannot be launched here, so the desktop shell (src/main/index.ts) runs against this stand-in for
 * Electron's API, which records what the shell asks of it: which page each window loads, with what web
 * preferences, and what its navigation, window-opening, permission, request and app:// handlers answer.
 */
type Handler = (...args: never[]) => unknown;
/** A recorded call to Electron; what it was given is read back in the tests. */
type Recorded = Mock<(...args: unknown[]) => void>;
const recorded = (): Recorded => vi.fn();

export class FakeSession {
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
  /**
   * Whether a page at `url` gets `permission`, asked both ways Electron asks (a check with the origin, a request
   * with the URL); the two must agree.
   */
  grants(permission: string, url: string, isMainFrame = true): boolean {
    let requested: boolean | null = null;
    const answer = (granted: boolean) => (requested = granted);
    this.permissionRequest?.(...([null, permission, answer, { requestingUrl: url, isMainFrame }] as never[]));
    const origin = /^[a-z]+:\/\/[^/]+/.exec(url)?.[0] ?? '';
    const checked = this.permissionCheck?.(
      ...([null, permission, origin, { requestingUrl: url, isMainFrame }] as never[]),
    );
    if (requested !== checked) throw new Error(`${permission} for ${url}: asked ${requested}, checked ${checked}`);
    return checked === true;
  }
}

export class FakeWebContents extends EventEmitter {
  static next = 1;
  id = FakeWebContents.next++;
  mainFrame = {};
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  send: Recorded = recorded();
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
  /** Fires a navigation of one of the page's frames; true if the shell let it go ahead. */
  navigateFrame(url: string): boolean {
    let prevented = false;
    this.emit('will-frame-navigate', { url, isMainFrame: false, preventDefault: () => (prevented = true) });
    return !prevented;
  }
}

/** No window ever loads a file: every page is app://, the dev server, or the PCN's https server. */
export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.destroyed);
  webContents = new FakeWebContents();
  loads: string[] = [];
  destroyed = false;
  readonly options: { webPreferences: Record<string, unknown> };
  constructor(options: { webPreferences: Record<string, unknown> }) {
    super();
    this.options = options;
    FakeBrowserWindow.all.push(this);
  }
  loadURL(url: string) {
    this.loads.push(url);
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
/** A session by partition ('' is the default session), made on first use as Electron does. */
export const sessionOf = (partition: string) => {
  const existing = sessions.get(partition);
  if (existing) return existing;
  const made = new FakeSession(partition);
  sessions.set(partition, made);
  return made;
};

const protocolHandlers = new Map<string, (request: Request) => Response>();
export const appEvents = new EventEmitter();

export const electron = {
  app: {
    isPackaged: true,
    userData: '',
    enableSandbox: recorded(),
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Handler) => appEvents.on(event, listener as never),
    whenReady: () => Promise.resolve(),
    getPath: () => electron.app.userData,
    relaunch: recorded(),
    quit: recorded(),
    exit: recorded(),
  },
  BrowserWindow: FakeBrowserWindow,
  session: {
    get defaultSession() {
      return sessionOf('');
    },
    fromPartition: sessionOf,
  },
  protocol: {
    registerSchemesAsPrivileged: recorded(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Response) => {
      protocolHandlers.set(scheme, handler);
    }) as Mock<(scheme: string, handler: (request: Request) => Response) => void>,
  },
  shell: { openExternal: vi.fn(() => Promise.resolve()) as Mock<(url: string) => Promise<void>> },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: recorded() },
  ipcMain: { handle: recorded() },
};

/** What the shell's app:// handler answers for this address. */
export function fetchApp(url: string, method = 'GET'): Response {
  const handler = protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not served');
  return handler(new Request(url, { method }));
}

/** Forgets every window, session and handler between launches. */
export function resetFakeElectron(): void {
  appEvents.removeAllListeners();
  FakeBrowserWindow.all = [];
  sessions.clear();
  protocolHandlers.clear();
  vi.clearAllMocks();
}
