import { _electron as electron, expect, test } from '@playwright/test';
import { makeDataDir } from '../support/browser-mode.ts';
import { electronRuntime } from '../support/electron-runtime.ts';
import { E2E_TODAY } from './fixtures.ts';

const runtime = electronRuntime();
const SKIP_REASON =
  "Electron's runtime is not installed here (it cannot be downloaded), so the desktop window cannot be launched";
if (runtime === null) console.log(`[electron] skipped: ${SKIP_REASON}`);

test.describe('the desktop app', () => {
  test.skip(runtime === null, SKIP_REASON);

  test('opens a locked-down window that shows the welcome screen', async () => {
    const app = await electron.launch({
      executablePath: runtime as string,
      args: ['.', '--data-dir', makeDataDir('linkwork-electron-'), '--today', E2E_TODAY],
    });
    const window = await app.firstWindow();
    await expect(window.locator('#root[data-app-state="ready"]')).toBeAttached();
    expect(window.url()).toMatch(/^app:\/\/linkwork\/index\.html/); // from app://, never file:
    await expect(window.getByRole('heading', { name: 'Welcome to Linkwork' })).toBeVisible();
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await window.evaluate(() => Object.keys((window as unknown as { linkwork: object }).linkwork).sort()),
    ).toEqual(['call', 'on']);
    await window.screenshot({ path: 'test-results/screenshots/electron-welcome.png' });
    await app.close();
  });
});
