import fs from 'node:fs';
import { createBackend } from '../../src/backend/backend.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import { seededRandom } from '../../src/backend/seed/random.ts';
import { addDays } from '../../src/shared/rules/dates.ts';
import { makeDataDir } from '../../tests/support/browser-mode.ts';
import { csvFile } from '../../tests/support/spreadsheets.ts';

const COURSES = ['Fire safety', 'Data security', 'Safeguarding adults', 'Lone working', 'Health and safety'];

/**
 * node scripts/bench/import.ts [rows]: a training-records CSV of `rows` rows (100,000 by default) about the `ics`
 * seed's link workers, dry-run then committed: the time of each and the process's peak memory.
 */
export async function benchImport(today: string, rows = 100_000): Promise<string[]> {
  const dataDir = makeDataDir('linkwork-bench-import-');
  const backend = createBackend({ dataDir, now: () => new Date(`${today}T12:00:00Z`) });
  try {
    seedExample(backend.ctx, { profile: 'ics', seed: 1, today });
    const names = backend.ctx.db
      .prepare("SELECT name FROM worker GROUP BY name HAVING count(*) = 1 AND max(role) = 'splw'")
      .pluck()
      .all() as string[];
    const random = seededRandom(16);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const file = csvFile([
      ['Staff name', 'Course', 'Date completed', 'Provider'],
      ...Array.from({ length: rows }, () => {
        const [y, m, d] = addDays(today, -1 - Math.floor(random() * 3000)).split('-');
        return [pick(names), pick(COURSES), `${d}/${m}/${y}`, 'e-LfH'];
      }),
    ]);
    const timedCall = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const value = await work();
      return { value, ms: performance.now() - started };
    };
    const dry = await timedCall(() => backend.call('import.dryRun', file));
    const commit = await timedCall(() => backend.call('import.commit', { ...file, onlyValidRows: true }));
    if (!dry.value.ok || !commit.value.ok) throw new Error('The import bench could not import its file');
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    return [
      `import ${rows.toLocaleString('en-GB')} rows (${mb(Buffer.byteLength(file.dataBase64, 'base64'))} CSV, ics seed): ` +
        `dry run ${Math.round(dry.ms)} ms, commit ${Math.round(commit.ms)} ms ` +
        `(${commit.value.value.added.toLocaleString('en-GB')} added, ${commit.value.value.invalid.toLocaleString('en-GB')} invalid, ${commit.value.value.duplicates.toLocaleString('en-GB')} duplicates), ` +
        `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
    ];
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchImport('2026-11-24', Number(process.argv[2] ?? 100_000))) console.log(line);
}
