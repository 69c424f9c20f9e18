import os from 'node:os';
import { scheduleDailyDigests } from '../../backend/mail/daily-digests.ts';
import {
  backUpDaily,
  announceDataFile,
  openServedBackend,
  refuseToStart,
  RENDERER_DIR,
  requireSupportedNode,
  startIfMain,
  stopOnSignals,
} from '../start-up.ts';
import { parseServeOptions } from './options.ts';
import { startReadPool } from './read-pool.ts';
import { startTeamServer } from './server.ts';

/**
 * `npm run serve`: team mode. The same backend and pages for the whole PCN, each person signed in as
 * themselves. Refuses, in one line and before listening, to serve a network address without TLS.
 */
export async function runTeamServer(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  requireSupportedNode();
  const options = parseServeOptions(argv, process.env);
  if (typeof options === 'string') refuseToStart(options);
  const served = openServedBackend(argv, 'team mode');
  const { backend, pinnedToday } = served;
  // Heavy whole-PCN reads go to reader threads: one for each processor beyond the first.
  const readPool = await startReadPool(backend, Math.max(1, os.availableParallelism() - 1), pinnedToday);
  const server = await startTeamServer({ backend, rendererDir: RENDERER_DIR, ...options, readPool });
  announceDataFile(served);
  const backups = backUpDaily(served);
  const digests = scheduleDailyDigests(
    backend.ctx,
    { info: console.log, error: console.error },
    { whileOpen: backend.whileOpen },
  );
  const how = options.tls ? 'over TLS' : options.behindProxy ? 'behind a reverse proxy' : 'on this computer only';
  console.log(`Linkwork is serving your PCN ${how} at ${server.url}`);

  stopOnSignals(async () => {
    await server.close();
    await readPool.close();
    await digests.stop();
    await backups.stop(); // a backup under way finishes before the file closes
    backend.close();
  });
}

startIfMain(import.meta.url, runTeamServer);
