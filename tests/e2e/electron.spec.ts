import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { makeDataDir } from '../support/browser-mode.ts';

/** The installed Electron runtime, or null where it could not be downloaded (as on machines with no internet). */
function electronRuntime(): string | null {
  const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : null;
}

const runtime = electronRuntime();
const SKIP_REASON =
  "Electron's runtime is not installed here (it cannot be downloaded), so the desktop window cannot be launched";
if (runtime === null) console.log(`[electron] skipped: ${SKIP_REASON}`);

test.describe('the desktop app', () => {
  test.skip(runtime === null, SKIP_REASON);

  test('opens a locked-down window that shows the welcome screen', async () => {
    const app = await electron.launch({
      executablePath: runtime as string,
      args: ['.', '--data-dir', makeDataDir('linkwork-electron-')],
    });
    const window = await app.firstWindow();
    await expect(window.locator('#root[data-app-state="ready"]')).toBeAttached();
    await expect(window.getByRole('heading', { name: 'Welcome to Linkwork' })).toBeVisible();
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await window.evaluate(() => Object.keys((window as unknown as { linkwork: object }).linkwork).sort()),
    ).toEqual(['call', 'on']);
    await window.screenshot({ path: 'test-results/screenshots/electron-welcome.png' });
    await app.close();
  });
});
