import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHOICE_FILE, readChoice, writeChoice } from '../../src/main/connection.ts';
import { tempDir } from '../support/backend.ts';
import type { FakeBrowserWindow, FakeSession } from '../support/fake-electron.ts';

/** The stand-in for Electron (tests/support/fake-electron.ts), made once and kept across each fresh launch. */
const fake = await vi.hoisted(() => import('../support/fake-electron.ts'));
const { electron, appEvents, fetchApp } = fake;

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const flush = () => new Promise((resolve) => setImmediate(resolve));
const live = () => fake.FakeBrowserWindow.getAllWindows();
const only = () => {
  const windows = live();
  expect(windows).toHaveLength(1);
  return windows[0] as FakeBrowserWindow;
};
const CHOICE_PAGE = 'app://welcome/choose.html';
const pageUrl = (query: string) => `${CHOICE_PAGE}?${query}`;
const APP_PAGE = 'app://linkwork/index.html';

/** Starts the shell as a fresh launch with these arguments. */
async function launch(...args: string[]) {
  vi.resetModules();
  process.argv = [process.argv[0] ?? 'node', '.', ...args];
  await import('../../src/main/index.ts');
  await flush();
}

const savedArgv = process.argv;
const savedEnv = { ...process.env };
/** What the shell logs when it refuses to open a link outside the app. */
let warned: string[] = [];

beforeEach(() => {
  electron.app.userData = tempDir('linkwork-desktop-');
  delete process.env.LINKWORK_DATA_DIR;
  warned = [];
  vi.spyOn(console, 'warn').mockImplementation((message: string) => void warned.push(message));
});

afterEach(async () => {
  // Closes the local backend, if one was started (a daily backup under way would hold the quit until it ends).
  appEvents.emit('will-quit', { preventDefault: () => undefined });
  fake.resetFakeElectron();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  process.argv = savedArgv;
  process.env = { ...savedEnv };
  await flush();
  fs.rmSync(electron.app.userData, { recursive: true, force: true });
});

describe('the desktop app, first launched', () => {
  it('asks on a local page with no bridge: use on this computer, or connect', async () => {
    await launch();
    const choice = only();
    expect(choice.loads).toEqual([CHOICE_PAGE]);
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
    const shown = new URL(choice.loads.at(-1) ?? '');
    expect(`${shown.protocol}//${shown.host}${shown.pathname}`).toBe(CHOICE_PAGE);
    expect(Object.fromEntries(shown.searchParams)).toEqual({
      problem: 'Linkwork connects only over https, so the address must start with https://',
      address: 'http://pcn.example.org',
    });
    expect(fs.existsSync(path.join(electron.app.userData, CHOICE_FILE))).toBe(false);
  });

  it('connects to the PCN in a window with no more privilege than a browser tab, and remembers it', async () => {
    await launch();
    only().webContents.navigate(pageUrl('choice=connect&address=pcn.example.org'));
    await flush();
    const remote = only();
    expect(remote.loads).toEqual(['https://pcn.example.org/']);
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
    expect(contents.openHandler?.({ url: 'https://evil.example.net/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(warned).toContain(
      'Linkwork did not open https://evil.example.net: only NHS sites and the training sites the catalogue names open outside the app',
    );

    const ses = prefs.session as FakeSession;
    expect(ses.partition).toBe('persist:linkwork-team');
    expect(ses.grants('media', 'https://pcn.example.org/')).toBe(false);
    // The day's one desktop notice of reminders, from the PCN's own page only.
    expect(ses.grants('notifications', 'https://pcn.example.org/#/home')).toBe(true);
    expect(ses.grants('notifications', 'https://pcn.example.org/', false)).toBe(false);
    expect(ses.grants('notifications', 'https://evil.example.net/')).toBe(false);
    expect(ses.grants('clipboard-sanitized-write', 'https://pcn.example.org/#/staff/3')).toBe(true);
    expect(ses.grants('clipboard-sanitized-write', 'https://pcn.example.org/', false)).toBe(false);
    expect(ses.grants('clipboard-sanitized-write', 'https://evil.example.net/')).toBe(false);
    expect(ses.grants('clipboard-read', 'https://pcn.example.org/')).toBe(false);
    expect(ses.devicePermission?.()).toBe(false);
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

describe("the desktop app's own pages, on this computer", () => {
  /** Launches straight into the local window (a data folder named), as the app's page. */
  async function localWindow() {
    await launch('--data-dir', path.join(electron.app.userData, 'data'));
    return only();
  }

  it('are registered as app://, a standard and secure scheme, before the app is ready', async () => {
    await launch();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it("serve the welcome page from its folder with the app's Content-Security-Policy, and nothing outside it", async () => {
    await launch();
    const page = fetchApp(CHOICE_PAGE);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('Welcome to Linkwork');
    expect(fetchApp('app://welcome/choose.js').status).toBe(200);
    expect(fetchApp('app://welcome/../../package.json').status).toBe(404);
    expect(fetchApp('app://welcome/%2e%2e/%2e%2e/package.json').status).toBe(404);
    expect(fetchApp('app://welcome/..%2f..%2fpackage.json').status).toBe(404);
    expect(fetchApp('app://elsewhere/choose.html').status).toBe(404);
    expect(fetchApp(CHOICE_PAGE, 'POST').status).toBe(405);
  });

  it('load from app://linkwork, even when a dev server address is set on a built app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    process.env.NODE_ENV_ELECTRON_VITE = 'development';
    const local = await localWindow();
    expect(local.loads).toEqual([APP_PAGE]);
    const ses = fake.sessionOf('');
    expect(ses.allows('http://localhost:5173/src/main.tsx')).toBe(false);
  });

  it('load from the dev server only in a bundle built by electron-vite dev', async () => {
    vi.stubGlobal('__LINKWORK_DEV_SERVER__', true); // what electron.vite.config.ts writes into a dev bundle
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    process.env.NODE_ENV_ELECTRON_VITE = 'development';
    const local = await localWindow();
    expect(local.loads).toEqual(['http://localhost:5173']);
    const ses = fake.sessionOf('');
    expect(ses.allows('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(ses.allows('http://localhost:5174/src/main.tsx')).toBe(false);
    expect(ses.grants('clipboard-sanitized-write', 'http://localhost:5173/#/staff')).toBe(true);
  });

  it('never navigate away: a reload stays, an NHS link opens in the browser, anything else is refused and logged', async () => {
    const contents = (await localWindow()).webContents;
    expect(contents.navigate(APP_PAGE)).toBe(true);
    expect(contents.navigate('app://linkwork/assets/index.js')).toBe(false);
    expect(contents.navigate('file:///etc/passwd')).toBe(false);
    expect(contents.navigate('https://evil.example.net/')).toBe(false);
    expect(contents.navigate('https://evil.example.net/', 'will-redirect')).toBe(false);
    expect(contents.navigateFrame('https://evil.example.net/')).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(warned).toHaveLength(3);
    expect(contents.navigate('https://www.e-lfh.org.uk/programmes/social-prescribing/')).toBe(false);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.e-lfh.org.uk/programmes/social-prescribing/');
    expect(contents.openHandler?.({ url: 'https://www.england.nhs.uk/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenLastCalledWith('https://www.england.nhs.uk/');
  });

  it('fetch only their own files: no file:, no network', async () => {
    await localWindow();
    const ses = fake.sessionOf('');
    expect(ses.allows(`${APP_PAGE}#/staff`)).toBe(true);
    expect(ses.allows('app://linkwork/assets/index-abc.js')).toBe(true);
    expect(ses.allows('blob:app://linkwork/5b1c2d4e')).toBe(true);
    expect(ses.allows('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(ses.allows('file:///etc/passwd')).toBe(false);
    expect(ses.allows('https://www.england.nhs.uk/')).toBe(false);
    expect(ses.allows('app://elsewhere/x.js')).toBe(false);
  });

  it("grant no permission but the clipboard's copy and notifications, and those only to the app's page", async () => {
    await localWindow();
    const ses = fake.sessionOf('');
    expect(ses.grants('clipboard-sanitized-write', `${APP_PAGE}#/staff/3`)).toBe(true);
    expect(ses.grants('clipboard-sanitized-write', `${CHOICE_PAGE}?choice=local`)).toBe(false);
    expect(ses.grants('clipboard-sanitized-write', APP_PAGE, false)).toBe(false);
    expect(ses.grants('notifications', `${APP_PAGE}#/home`)).toBe(true);
    expect(ses.grants('notifications', `${CHOICE_PAGE}?choice=local`)).toBe(false);
    expect(ses.grants('notifications', APP_PAGE, false)).toBe(false);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'openExternal', 'hid']) {
      expect(ses.grants(permission, APP_PAGE)).toBe(false);
    }
    expect(ses.devicePermission?.()).toBe(false);
  });

  it('take a choice only from the welcome page itself', async () => {
    await launch();
    expect(only().webContents.navigate('https://evil.example.net/?choice=local')).toBe(false);
    await flush();
    expect(only().loads).toEqual([CHOICE_PAGE]);
    expect(readChoice(electron.app.userData)).toBeNull();
  });
});

describe('the desktop app, launched again', () => {
  it('goes straight to the remembered server', async () => {
    writeChoice(electron.app.userData, { mode: 'connect', address: 'https://pcn.example.org/' });
    await launch();
    expect(only().loads).toEqual(['https://pcn.example.org/']);
  });

  it('goes back to the choice, saying so, when the server cannot be reached', async () => {
    writeChoice(electron.app.userData, { mode: 'connect', address: 'https://pcn.example.org/' });
    await launch();
    only().webContents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'https://pcn.example.org/', true);
    await flush();
    const choice = only();
    const shown = new URL(choice.loads.at(-1) ?? '');
    expect(shown.href.startsWith(`${CHOICE_PAGE}?`)).toBe(true);
    expect(shown.searchParams.get('address')).toBe('https://pcn.example.org/');
    expect(shown.searchParams.get('problem')).toContain('could not reach');
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
