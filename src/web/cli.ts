import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend.ts';
import { resolvePinnedToday } from '../backend/clock.ts';
import { defaultUserDataDir, resolveDataDir } from '../backend/data-dir.ts';
import { nodeVersionProblem } from '../backend/db/node-version.ts';
import { startWebServer } from './server.ts';
import { TEST_FAULTS_ENV, testFaultsAllowed } from './test-faults.ts';

const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** `npm run web`: browser mode on 127.0.0.1, printing the address to open. */
export async function runBrowserMode(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const problem = nodeVersionProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, 'test-faults': { type: 'boolean' } },
    strict: false,
  });
  if (values['test-faults'] && !testFaultsAllowed(process.env)) {
    console.error(`--test-faults is for Linkwork's own end-to-end tests only (they set ${TEST_FAULTS_ENV}=1)`);
    process.exit(1);
  }
  const dataDir = resolveDataDir(argv, process.env, () => defaultUserDataDir());
  const pinnedToday = resolvePinnedToday(argv, process.env);
  const backend = createBackend({ dataDir, pinnedToday });
  if (backend.migration.backupFile)
    console.log(`Backed up the data file before upgrading it: ${backend.migration.backupFile}`);
  backend.warmUp(); // before listening: static files are served from this same thread
  const port = Number(values.port ?? process.env.LINKWORK_PORT ?? 0);
  const testFaults = Boolean(values['test-faults']);
  const server = await startWebServer({ backend, rendererDir: RENDERER_DIR, port, testFaults });
  console.log(`Data file: ${backend.ctx.dataFile}`);
  if (pinnedToday) console.log(`Today is fixed at ${pinnedToday} (--today): dates are worked out as on that day`);
  console.log(`Linkwork is running in browser mode. Open ${server.url}`);

  const stop = async () => {
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runBrowserMode().catch((error: unknown) => {
    console.error(`Linkwork could not start: ${(error as Error).message}`);
    process.exit(1);
  });
}
