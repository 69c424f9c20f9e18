import fs from 'node:fs';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import { seededRandom } from '../../src/backend/seed/random.ts';
import { ROLE_LABELS } from '../../src/shared/domain/staff.ts';
import { addDays } from '../../src/shared/rules/dates.ts';
import type { ImportInput } from '../../src/shared/schemas/imports.ts';
import { makeDataDir } from '../../tests/support/browser-mode.ts';
import { csvFile } from '../../tests/support/spreadsheets.ts';

const COURSES = ['Fire safety', 'Data security', 'Safeguarding adults', 'Lone working', 'Health and safety'];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const n = (count: number) => count.toLocaleString('en-GB');

/** The call's time on the clock, and the processor time it took (what it costs when other work shares the cores). */
async function timedCall<T>(work: () => Promise<T>) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const { user, system } = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (user + system) / 1000 };
}

const timeOf = (t: { ms: number; cpuMs: number }) => `${Math.round(t.ms)} ms (CPU ${Math.round(t.cpuMs)} ms)`;

/** Dry-runs the file then commits its valid rows: a line with the time of each and the process's peak memory. */
async function dryRunThenCommit(backend: Backend, what: string, file: ImportInput): Promise<string> {
  const dry = await timedCall(() => backend.call('import.dryRun', file));
  const commit = await timedCall(() => backend.call('import.commit', { ...file, onlyValidRows: true }));
  if (!dry.value.ok || !commit.value.ok) throw new Error(`The import bench could not import ${file.fileName}`);
  const { rows, added, invalid, duplicates } = commit.value.value;
  return (
    `import ${n(rows)} ${what} (${file.kind}, ${mb(Buffer.byteLength(file.dataBase64, 'base64'))} CSV, ics seed): ` +
    `dry run ${timeOf(dry)}, commit ${timeOf(commit)} ` +
    `(${n(added)} added, ${n(invalid)} invalid, ${n(duplicates)} duplicates), ` +
    `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`
  );
}

/** A staff register of `people` new people employed by the seed's employers, based at its practices. */
function registerOf(backend: Backend, today: string, people: number, random: () => number): ImportInput {
  const employers = backend.ctx.db.prepare('SELECT name FROM employer').pluck().all() as string[];
  const practices = backend.ctx.db.prepare('SELECT ods_code FROM practice').pluck().all() as string[];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const file = csvFile(
    [
      ['Name', 'Role', 'Employer', 'Base practice', 'Start date', 'Hours a week'],
      ...Array.from({ length: people }, (_, i) => {
        const [y, m, d] = addDays(today, -1 - Math.floor(random() * 3000)).split('-');
        return [
          `Bench Person ${i + 1}`,
          pick(Object.values(ROLE_LABELS)),
          pick(employers),
          pick(practices),
          `${d}/${m}/${y}`,
          '37.5',
        ];
      }),
    ],
    { fileName: 'register.csv' },
  );
  return { ...file, kind: 'register', columns: null, courses: {} };
}

/**
 * node scripts/bench/import.ts [rows] [people]: a training-records CSV of `rows` rows (100,000 by default) about
 * the `ics` seed's link workers, then a staff register of `people` people (5,000 by default), each dry-run then
 * committed: the time of each and the process's peak memory.
 */
export async function benchImport(today: string, rows = 100_000, people = 5_000): Promise<string[]> {
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
    const file: ImportInput = {
      kind: 'training',
      columns: null,
      courses: {},
      ...csvFile([
        ['Staff name', 'Course', 'Date completed', 'Provider'],
        ...Array.from({ length: rows }, () => {
          const [y, m, d] = addDays(today, -1 - Math.floor(random() * 3000)).split('-');
          return [pick(names), pick(COURSES), `${d}/${m}/${y}`, 'e-LfH'];
        }),
      ]),
    };
    return [
      await dryRunThenCommit(backend, 'rows', file),
      await dryRunThenCommit(backend, 'people', registerOf(backend, today, people, random)),
    ];
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [rows, people] = [process.argv[2] ?? 100_000, process.argv[3] ?? 5_000].map(Number);
  for (const line of await benchImport('2026-11-24', rows, people)) console.log(line);
}
