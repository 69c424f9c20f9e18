import { parseArgs } from 'node:util';
import { startWebServer } from './server.ts';
import {
  announceDataFile,
  backUpDaily,
  openServedBackend,
  refuseToStart,
  RENDERER_DIR,
  requireSupportedNode,
  startIfMain,
  stopOnSignals,
} from './start-up.ts';
import { TEST_FAULTS_ENV, testFaultsAllowed } from './test-faults.ts';

/** `npm run web`: browser mode on 127.0.0.1, printing the address to open. */
export async function runBrowserMode(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  requireSupportedNode();
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, 'test-faults': { type: 'boolean' } },
    strict: false,
  });
  if (values['test-faults'] && !testFaultsAllowed(process.env))
    refuseToStart(`--test-faults is for Linkwork's own end-to-end tests only (they set ${TEST_FAULTS_ENV}=1)`);
  const served = openServedBackend(argv, 'browser mode');
  const { backend } = served;
  const port = Number(values.port ?? process.env.LINKWORK_PORT ?? 0);
  const testFaults = Boolean(values['test-faults']);
  const server = await startWebServer({ backend, rendererDir: RENDERER_DIR, port, testFaults });
  announceDataFile(served);
  const backups = backUpDaily(served);
  console.log(`Linkwork is running in browser mode. Open ${server.url}`);

  stopOnSignals(async () => {
    await server.close();
    await backups.stop(); // a backup under way finishes before the file closes
    backend.close();
  });
}

startIfMain(import.meta.url, runBrowserMode);
