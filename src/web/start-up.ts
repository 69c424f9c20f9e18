import { fileURLToPath } from 'node:url';
import type { Backend } from '../backend/backend.ts';
import { createBackend } from '../backend/backend.ts';
import type { BackupSchedule } from '../backend/backups/daily.ts';
import { scheduleDailyBackups } from '../backend/backups/daily.ts';
import { resolvePinnedToday } from '../backend/clock.ts';
import { defaultUserDataDir, resolveDataDir } from '../backend/data-dir.ts';
import { nodeVersionProblem } from '../backend/db/node-version.ts';
import { readAppSettings } from '../backend/settings/app-settings.ts';

/**
 * How `npm run web` (browser mode) and `npm run serve` (team mode) start and stop: a Node too old refused in one
 * line, the backend on the data folder with `--today`, read before listening, and a clean stop on a signal.
 */

/** The built pages both serve. */
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** Says why the server cannot start, in one line, and ends the process. */
export function refuseToStart(problem: string): never {
  console.error(problem);
  process.exit(1);
}

/** Refuses to start on a Node that cannot open the data file. */
export function requireSupportedNode(): void {
  const problem = nodeVersionProblem();
  if (problem) refuseToStart(problem);
}

export interface ServedBackend {
  backend: Backend;
  dataDir: string;
  /** The `--today` date (YYYY-MM-DD), if one was given. */
  pinnedToday: string | null;
}

/**
 * The backend on `--data-dir` (or the usual folder) with `--today`, saying where the data file was backed up if
 * it was upgraded, and warmed up before listening: static files are served from this same thread. `shell` names
 * this Linkwork to a second one started on the same folder, which is refused.
 */
export function openServedBackend(argv: readonly string[], shell: 'browser mode' | 'team mode'): ServedBackend {
  const dataDir = resolveDataDir(argv, process.env, () => defaultUserDataDir());
  const pinnedToday = resolvePinnedToday(argv, process.env);
  const backend = createBackend({ dataDir, pinnedToday, shell });
  if (backend.migration.backupFile)
    console.log(`Backed up the data file before upgrading it: ${backend.migration.backupFile}`);
  backend.warmUp();
  return { backend, dataDir, pinnedToday };
}

/** The data file in use, and the pinned date if there is one. */
export function announceDataFile({ backend, pinnedToday }: ServedBackend): void {
  console.log(`Data file: ${backend.ctx.dataFile}`);
  if (pinnedToday) console.log(`Today is fixed at ${pinnedToday} (--today): dates are worked out as on that day`);
}

/** The day's backup while the server runs, said on the console; stop it before closing the backend. */
export function backUpDaily({ backend, dataDir }: ServedBackend): BackupSchedule {
  const backups = scheduleDailyBackups(
    backend.ctx,
    { info: console.log, error: console.error },
    { whileOpen: backend.whileOpen },
  );
  console.log(
    `Daily backups go to ${dataDir}/backups (keeping ${readAppSettings(backend.ctx.db).backupDays}, set in Settings)`,
  );
  return backups;
}

/** On Ctrl+C or SIGTERM, closes what `close` closes and ends the process. */
export function stopOnSignals(close: () => Promise<void>): void {
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** Runs `start` when the module at `moduleUrl` is the script Node was given; a failure ends it in one line. */
export function startIfMain(moduleUrl: string, start: () => Promise<void>): void {
  if (process.argv[1] && fileURLToPath(moduleUrl) === process.argv[1]) {
    start().catch((error: unknown) => {
      console.error(`Linkwork could not start: ${(error as Error).message}`);
      process.exit(1);
    });
  }
}
