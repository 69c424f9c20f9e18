import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServer } from './spawn-server.ts';

const CLI = path.resolve('src/web/cli.ts');

export interface RunningApp {
  url: string;
  dataDir: string;
  output(): string;
  /** Makes the next `times` calls of `method` fail as a broken backend would (the test-only fault switch). */
  failNext(method: string, times?: number): Promise<void>;
  stop(): Promise<void>;
}

export function makeDataDir(prefix = 'linkwork-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface StartOptions {
  /** The date (YYYY-MM-DD) the app treats as today, so what it shows never depends on the real calendar. */
  today: string;
  /** The script to run: browser mode itself unless told otherwise (e.g. scripts/start.ts). */
  script?: string;
}

/** Starts the real browser-mode server on a free loopback port, on a pinned date, and waits for its address line. */
export async function startApp(dataDir: string, { today, script = CLI }: StartOptions): Promise<RunningApp> {
  const server = await spawnServer({
    name: 'The app',
    args: [script, '--data-dir', dataDir, '--port', '0', '--today', today, '--test-faults'],
    env: { ...process.env, LINKWORK_TEST_FAULTS: '1' },
    address: (output) => /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)?.[1],
    timeoutMs: 20_000,
  });
  const url = server.address;
  return {
    url,
    dataDir,
    output: server.output,
    failNext: async (method, times = 1) => {
      const address = new URL(url);
      const response = await fetch(new URL('/api/test-fault', address), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-linkwork-token': address.searchParams.get('token') ?? '' },
        body: JSON.stringify({ method, times }),
      });
      if (!response.ok) throw new Error(`The fault switch refused ${method}: ${response.status}`);
    },
    stop: server.stop,
  };
}
