import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../backend/backend.ts';
import { scheduleDailyBackups } from '../../backend/backups/daily.ts';
import { resolvePinnedToday } from '../../backend/clock.ts';
import { defaultUserDataDir, resolveDataDir } from '../../backend/data-dir.ts';
import { nodeVersionProblem } from '../../backend/db/node-version.ts';
import { readAppSettings } from '../../backend/settings/app-settings.ts';
import { parseServeOptions } from './options.ts';
import { startReadPool } from './read-pool.ts';
import { startTeamServer } from './server.ts';

const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/**
 * `npm run serve`: team mode. The same backend and pages for the whole PCN, each person signed in as
 * themselves. Refuses, in one line and before listening, to serve a network address without TLS.
 */
export async function runTeamServer(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const problem = nodeVersionProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  const options = parseServeOptions(argv, process.env);
  if (typeof options === 'string') {
    console.error(options);
    process.exit(1);
  }
  const dataDir = resolveDataDir(argv, process.env, () => defaultUserDataDir());
  const pinnedToday = resolvePinnedToday(argv, process.env);
  const backend = createBackend({ dataDir, pinnedToday });
  if (backend.migration.backupFile)
    console.log(`Backed up the data file before upgrading it: ${backend.migration.backupFile}`);
  backend.warmUp(); // before listening: static files are served from this same thread
  // Heavy whole-PCN reads go to reader threads: one for each processor beyond the first.
  const readPool = await startReadPool(backend, Math.max(1, os.availableParallelism() - 1), pinnedToday);
  const server = await startTeamServer({ backend, rendererDir: RENDERER_DIR, ...options, readPool });
  console.log(`Data file: ${backend.ctx.dataFile}`);
  if (pinnedToday) console.log(`Today is fixed at ${pinnedToday} (--today): dates are worked out as on that day`);
  const backups = scheduleDailyBackups(backend.ctx, { info: console.log, error: console.error });
  console.log(
    `Daily backups go to ${dataDir}/backups (keeping ${readAppSettings(backend.ctx.db).backupDays}, set in Settings)`,
  );
  const how = options.tls ? 'over TLS' : options.behindProxy ? 'behind a reverse proxy' : 'on this computer only';
  console.log(`Linkwork is serving your PCN ${how} at ${server.url}`);

  const stop = async () => {
    await server.close();
    await readPool.close();
    await backups.stop(); // a backup under way finishes before the file closes
    backend.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runTeamServer().catch((error: unknown) => {
    console.error(`Linkwork could not start: ${(error as Error).message}`);
    process.exit(1);
  });
}
