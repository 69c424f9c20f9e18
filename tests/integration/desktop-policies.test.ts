import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveAppFile } from '../../src/main/app-files.ts';
import { appHostOf, appUrl } from '../../src/main/app-scheme.ts';
import { devServerOrigin } from '../../src/main/dev-server.ts';
import { outsideLink } from '../../src/main/external-links.ts';
import { isLocalAppUrl, mayNavigateLocally, mayRequestLocally } from '../../src/main/local-policy.ts';
import { permissionGranted } from '../../src/main/permissions.ts';
import { tempDir } from '../support/backend.ts';

/** The desktop shell's security decisions, as the pure functions its Electron wiring calls. */

describe('app:// addresses', () => {
  it('belong to the app or the welcome page, and to nothing else', () => {
    expect(appHostOf('app://linkwork/index.html#/staff')).toBe('linkwork');
    expect(appHostOf('app://LinkWork/')).toBe('linkwork');
    expect(appHostOf('app://welcome/choose.html?choice=local')).toBe('welcome');
    expect(appHostOf('blob:app://linkwork/5b1c2d4e')).toBe('linkwork');
    expect(appHostOf('app://elsewhere/')).toBeNull();
    expect(appHostOf('app://linkwork:8080/')).toBeNull();
    expect(appHostOf('app://user@linkwork/')).toBeNull();
    expect(appHostOf('file:///app/linkwork/index.html')).toBeNull();
    expect(appHostOf('https://linkwork/')).toBeNull();
    expect(appHostOf('blob:https://linkwork/1')).toBeNull();
    expect(appHostOf('not a url')).toBeNull();
  });

  it('are written with their query', () => {
    expect(appUrl('welcome', 'choose.html')).toBe('app://welcome/choose.html');
    expect(appUrl('welcome', 'choose.html', { problem: 'Not https', address: 'a&b' })).toBe(
      'app://welcome/choose.html?problem=Not+https&address=a%26b',
    );
  });
});

describe('the app:// handler', () => {
  const root = tempDir('linkwork-app-root-');
  const outside = `${root}-secret.txt`;
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Linkwork</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-3f2a.js'), 'export {};');
  fs.writeFileSync(outside, 'not for the page');
  const roots = { linkwork: root, welcome: path.join(root, 'assets') };
  const get = (url: string, method = 'GET') => serveAppFile({ url, method }, roots);
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { force: true });
  });

  it("serves its origin's files with the app's security headers", async () => {
    const page = get('app://linkwork/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Linkwork</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect((await get('app://linkwork/').text()).length).toBeGreaterThan(0);
    const script = get('app://linkwork/assets/index-3f2a.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(get('app://welcome/index-3f2a.js').status).toBe(200);
    const head = get('app://linkwork/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    ['a path out of the folder', `app://linkwork/../${path.basename(outside)}`],
    ['an encoded climb', `app://linkwork/%2e%2e/${path.basename(outside)}`],
    ['encoded slashes', `app://linkwork/..%2f${path.basename(outside)}`],
    ['encoded backslashes', `app://linkwork/..%5c${path.basename(outside)}`],
    ['an absolute path', `app://linkwork/${encodeURIComponent(outside)}`],
    ['a NUL byte', 'app://linkwork/index.html%00.js'],
    ['broken percent-encoding', 'app://linkwork/%E0%A4%A'],
    ['a folder', 'app://linkwork/assets'],
    ['a missing file', 'app://linkwork/missing.js'],
    ['a host not served', 'app://elsewhere/index.html'],
    ['a blob', 'blob:app://linkwork/5b1c2d4e'],
    ['another scheme', `file://${outside}`],
  ])('refuses %s', async (_what, url) => {
    const answer = get(url);
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('not for the page');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses anything but reading', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'])
      expect(get('app://linkwork/index.html', method).status).toBe(405);
  });
});

describe("electron-vite's dev server", () => {
  const dev = { NODE_ENV_ELECTRON_VITE: 'development', ELECTRON_RENDERER_URL: 'http://localhost:5173' };

  it('is used only by a bundle built for it, while electron-vite says so, on this computer', () => {
    expect(devServerOrigin(true, dev)).toBe('http://localhost:5173');
    expect(devServerOrigin(true, { ...dev, ELECTRON_RENDERER_URL: 'http://127.0.0.1:5174/' })).toBe(
      'http://127.0.0.1:5174',
    );
    expect(devServerOrigin(true, { ...dev, ELECTRON_RENDERER_URL: 'http://[::1]:5173' })).toBe('http://[::1]:5173');
  });

  it.each([
    ['a built app, whatever its environment says', false, dev],
    ['no development mark', true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }],
    ['a production mark', true, { ...dev, NODE_ENV_ELECTRON_VITE: 'production' }],
    ['no address', true, { NODE_ENV_ELECTRON_VITE: 'development' }],
    ['a remote address', true, { ...dev, ELECTRON_RENDERER_URL: 'http://evil.example.net:5173' }],
    ['a lookalike', true, { ...dev, ELECTRON_RENDERER_URL: 'http://localhost.evil.example.net' }],
    ['https', true, { ...dev, ELECTRON_RENDERER_URL: 'https://localhost:5173' }],
    ['a file', true, { ...dev, ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }],
    ['a password', true, { ...dev, ELECTRON_RENDERER_URL: 'http://a:b@localhost:5173' }],
    ['not an address', true, { ...dev, ELECTRON_RENDERER_URL: 'localhost:5173' }],
  ])('is ignored with %s', (_what, built, env) => {
    expect(devServerOrigin(built, env)).toBeNull();
  });
});

describe('the local windows', () => {
  const devOrigin = 'http://localhost:5173';
  const page = 'app://linkwork/index.html#/staff';

  it('fetch from the dev server, and its hot-reload socket, only while developing', () => {
    expect(mayRequestLocally('http://localhost:5173/src/main.tsx', devOrigin)).toBe(true);
    expect(mayRequestLocally('ws://localhost:5173/', devOrigin)).toBe(true);
    expect(mayRequestLocally('http://localhost:51730/', devOrigin)).toBe(false);
    expect(mayRequestLocally('ws://localhost:5174/', devOrigin)).toBe(false);
    expect(mayRequestLocally('http://localhost:5173/src/main.tsx', null)).toBe(false);
    expect(mayRequestLocally('ws://localhost:5173/', null)).toBe(false);
    expect(mayRequestLocally('devtools://devtools/bundled/inspector.html', null)).toBe(true);
  });

  it('only reload their own page', () => {
    expect(mayNavigateLocally(page, page, null)).toBe(true);
    expect(mayNavigateLocally('app://linkwork/index.html#/matrix', page, null)).toBe(false);
    expect(mayNavigateLocally('https://evil.example.net/', 'https://evil.example.net/', null)).toBe(false);
    expect(mayNavigateLocally('http://localhost:5173/', 'http://localhost:5173/', devOrigin)).toBe(true);
    expect(isLocalAppUrl('app://welcome/choose.html', devOrigin)).toBe(false);
  });
});

describe('links out of the app', () => {
  it.each([
    'https://www.england.nhs.uk/long-read/workforce-development-framework-social-prescribing-link-workers/',
    'https://future.nhs.uk/SocialPrescribing',
    'https://nhs.uk/',
    'https://primarycare.northeastlondon.icb.nhs.uk/claims',
    'https://portal.e-lfh.org.uk/Component/Details/588349',
    'https://www.personalisedcareinstitute.org.uk/your-learning/',
    'https://socialprescribingacademy.org.uk/thriving-communities/',
    'https://www.nalw.org.uk/',
  ])('open %s in the browser', (url) => {
    expect(outsideLink(url)).toEqual({ open: true, url });
  });

  it.each([
    [
      'http://www.england.nhs.uk/',
      'Linkwork did not open http://www.england.nhs.uk: only https links open outside the app',
    ],
    ['https://evil.example.net/?nhs=1', /did not open https:\/\/evil\.example\.net: only NHS sites/],
    ['https://nhs.uk.evil.example.net/', /only NHS sites/],
    ['https://evilnhs.uk/', /only NHS sites/],
    ['https://england.nhs.uk.', /only NHS sites/],
    ['https://www.england.nhs.uk:8443/', /a port or password/],
    ['https://lead:secret@www.england.nhs.uk/', /a port or password/],
    ['file:///etc/passwd', 'Linkwork did not open a link starting file:: only https links open outside the app'],
    ['javascript:alert(1)', /a link starting javascript:/],
    ['mailto:someone@nhs.net', /a link starting mailto:/],
    ['ms-msdt:/id PCWDiagnostic', /a link starting ms-msdt:/],
    ['not a link', 'Linkwork did not open a link that is not a web address'],
  ])('refuse %s, saying why without its path', (url, why) => {
    const link = outsideLink(url);
    expect(link.open).toBe(false);
    if (!link.open) {
      expect(link.refusal).toMatch(why);
      expect(link.refusal).not.toContain('nhs=1');
      expect(link.refusal).not.toContain('secret');
    }
  });
});

describe('permissions', () => {
  const own = (url: string) => url.startsWith('app://linkwork');
  const ask = (permission: string, requestingUrl = 'app://linkwork/index.html', isMainFrame = true) =>
    permissionGranted({ permission, requestingUrl, isMainFrame }, own);

  it("allow only the clipboard's copy and notifications, from the window's own page in its main frame", () => {
    for (const permission of ['clipboard-sanitized-write', 'notifications']) {
      expect(ask(permission)).toBe(true);
      expect(ask(permission, 'app://linkwork/index.html', false)).toBe(false);
      expect(ask(permission, 'https://evil.example.net/')).toBe(false);
    }
    for (const permission of ['clipboard-read', 'media', 'display-capture', 'openExternal', 'usb']) {
      expect(ask(permission)).toBe(false);
    }
  });
});
