import { chromium } from '@playwright/test';
import fs from 'node:fs';

/** Debian's Chromium, under both names it has had. */
const DEBIAN_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Playwright's own Chromium, where `npx playwright install chromium` puts it (the file may not be there). */
function playwrightChromium(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The Chromium the end-to-end tests use, without installing anything: CHROMIUM_PATH when it is set (as it is),
 * then Debian's, then Playwright's own download; null when there is none.
 */
export function locateChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return [...DEBIAN_CHROMIUM, playwrightChromium()].find((file) => file && fs.existsSync(file)) ?? null;
}
