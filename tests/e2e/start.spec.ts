import fs from 'node:fs';
import path from 'node:path';
import { makeDataDir, startApp } from '../support/browser-mode.ts';
import { electronRuntime } from '../support/electron-runtime.ts';
import { E2E_TODAY, expect, test } from './fixtures.ts';

test('npm start falls back to browser mode with a one-line notice when Electron cannot run', async ({ page }) => {
  test.skip(electronRuntime() !== null, 'Electron is installed here, so npm start opens the desktop window instead');
  const dataDir = makeDataDir();
  const app = await startApp(dataDir, { today: E2E_TODAY, script: path.resolve('scripts/start.ts') });
  try {
    const notices = app
      .output()
      .split('\n')
      .filter((line) => line.includes('Electron'));
    expect(notices).toEqual([
      "Electron's runtime is not installed and cannot be downloaded here, so Linkwork opens in browser mode instead.",
    ]);
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Welcome to Linkwork' })).toBeVisible();
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
