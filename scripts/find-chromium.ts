import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { locateChromium } from './chromium/locate.ts';

/**
 * Runs before the end-to-end tests: finds a Chromium (see locateChromium) and, when there is none, gets one:
 * Playwright's own download first, then, as root with apt-get, Debian's package. Otherwise it stops with
 * one line giving the command to run.
 */
const PLAYWRIGHT_CLI = createRequire(import.meta.url).resolve('@playwright/test/cli');
const DEBIAN_PACKAGES = ['chromium', 'fonts-liberation'];
const APT_GET = '/usr/bin/apt-get';

/** Runs a command quietly; true when it succeeded within the time allowed. */
function succeeds(command: string, args: string[], timeoutMs: number): boolean {
  const result = spawnSync(command, args, {
    stdio: 'ignore',
    timeout: timeoutMs,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const isRoot = () => process.getuid?.() === 0;
const hasAptGet = () => fs.existsSync(APT_GET);

/** Playwright's download (quick to give up where its servers cannot be reached), then Debian's package. */
function install(): void {
  console.log("No Chromium for the end-to-end tests: installing one (Playwright's download, else Debian's chromium)");
  if (succeeds(process.execPath, [PLAYWRIGHT_CLI, 'install', 'chromium'], 90_000) && locateChromium()) return;
  if (isRoot() && hasAptGet() && succeeds(APT_GET, ['update'], 300_000)) {
    succeeds(APT_GET, ['install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES], 600_000);
  }
}

/** The one command that gets a Chromium on this machine, for the person to run. */
function commandToRun(): string {
  if (!hasAptGet()) return 'npx playwright install chromium';
  const sudo = isRoot() ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}`;
}

const explicit = process.env.CHROMIUM_PATH;
if (explicit && !fs.existsSync(explicit)) {
  console.error(`CHROMIUM_PATH is ${explicit}, which does not exist: point it at a Chromium, or unset it.`);
  process.exit(1);
}
if (!locateChromium()) install();
const found = locateChromium();
if (!found) {
  console.error(`No Chromium for the end-to-end tests, and none could be installed: run \`${commandToRun()}\`.`);
  process.exit(1);
}
console.log(`End-to-end tests run in ${found}`);
