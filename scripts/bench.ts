import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createBackend } from '../src/backend/backend.ts';
import { computeClaimMonth } from '../src/backend/claims/compute.ts';
import { computeMatrix } from '../src/backend/compliance/compute.ts';
import { encodeMatrix } from '../src/shared/rules/matrix-wire.ts';
import { seedExample } from '../src/backend/seed/example.ts';
import { makeDataDir } from '../tests/support/browser-mode.ts';
import { benchAuditLog } from './bench/audit-log.ts';
import { benchHome } from './bench/home.ts';
import { benchImport } from './bench/import.ts';
import { benchLoad } from './bench/load.ts';
import { benchPacks } from './bench/packs.ts';
import { benchPages } from './bench/pages.ts';
import { median, timed } from './bench/timing.ts';

/**
 * npm run bench [-- --backend-only | --load-only] [--load-seconds N]: speed with an integrated care system's worth of
 * data (the `ics` seed): the backend, pages in Chromium, then team mode under load (50 signed-in users, 60 s).
 */
const TODAY = '2026-11-24';
const { values: flags } = parseArgs({
  options: {
    'backend-only': { type: 'boolean' },
    'load-only': { type: 'boolean' },
    'load-seconds': { type: 'string', default: '60' },
  },
  strict: true,
});
const loadSeconds = Number(flags['load-seconds']);
if (!Number.isInteger(loadSeconds) || loadSeconds < 1 || loadSeconds > 600) {
  console.error(`--load-seconds must be a whole number from 1 to 600, not ${flags['load-seconds']}`);
  process.exit(1);
}
const dataDir = makeDataDir('linkwork-bench-');
const results: string[] = [];
const report = (line: string) => {
  results.push(line);
  console.log(line);
};
const medianOf = (runs: number, work: () => unknown) => median(Array.from({ length: runs }, () => timed(work)));

/** For calls through the backend's door, which answer a promise: each is timed to its answer, one after another. */
async function medianOfCalls(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}
const openBackend = () => createBackend({ dataDir, now: () => new Date(`${TODAY}T12:00:00Z`) });

/**
 * A whole-PCN computation on a newly opened database. The first run either reads every record itself, or
 * follows the launch warm-up that has read them (as the app does); after a training record is written only
 * that worker is read again; with nothing written, nothing is read.
 */
async function wholePcnTimings<T>(
  what: string,
  compute: (db: Database) => T,
  size: (result: T) => string,
  afterWarmUp = false,
): Promise<T> {
  const backend = openBackend();
  try {
    let result = undefined as T;
    let warmUpMs = 0;
    if (afterWarmUp) warmUpMs = timed(() => backend.warmUp());
    const firstMs = timed(() => (result = compute(backend.ctx.db)));
    const first = afterWarmUp
      ? `${firstMs.toFixed(0)} ms first after opening, once the launch warm-up (${warmUpMs.toFixed(0)} ms) has read every record`
      : `${firstMs.toFixed(0)} ms first after opening (reads every record, as the launch warm-up does)`;
    const workers = await backend.call('worker.list', {});
    if (!workers.ok) throw new Error(workers.error.message);
    const afterWrite: number[] = [];
    for (const worker of workers.value.slice(0, 5)) {
      const written = await backend.call('training.record', {
        workerId: worker.id,
        requirementId: 'fire-safety',
        status: 'completed',
        completedOn: '2026-11-20',
      });
      if (!written.ok) throw new Error(written.error.message);
      afterWrite.push(timed(() => compute(backend.ctx.db)));
    }
    report(
      `backend ${what} (${size(result)}): ${first}; ` +
        `${median(afterWrite).toFixed(0)} ms median of 5 after a training record is written; ` +
        `${medianOf(5, () => compute(backend.ctx.db)).toFixed(0)} ms median of 5 with nothing written`,
    );
    return result;
  } finally {
    backend.close();
  }
}

/**
 * The backend on its own: the register, the competency heat map, the whole-PCN matrix and a claim month, and the
 * matrix's size on the wire.
 */
async function backendTimings(backend: ReturnType<typeof openBackend>): Promise<void> {
  const list = await backend.call('worker.list', {});
  if (!list.ok || list.value.length !== 5000) throw new Error('worker.list did not return 5,000 workers');
  report(
    `backend worker.list (5,000 rows), median of 10: ${(await medianOfCalls(10, () => backend.call('worker.list', {}))).toFixed(1)} ms`,
  );
  const heatmapStarted = performance.now();
  const heatmap = await backend.call('competency.heatmap', {});
  const heatmapMs = performance.now() - heatmapStarted;
  if (!heatmap.ok) throw new Error(heatmap.error.message);
  const people = heatmap.value.frameworks.reduce((n, f) => n + f.rows.length, 0);
  report(
    `backend competency.heatmap (${people.toLocaleString('en-GB')} people, ${(JSON.stringify(heatmap.value).length / 1024).toFixed(0)} KB): ` +
      `${heatmapMs.toFixed(0)} ms first (reads every agreed rating); ` +
      `${(await medianOfCalls(10, () => backend.call('competency.heatmap', {}))).toFixed(1)} ms median of 10 with nothing written`,
  );

  backend.close();

  const matrix = await wholePcnTimings(
    'every status',
    (db) => computeMatrix(db, TODAY),
    (m) => {
      const statuses = m.rows.length * m.columns.length + m.rows.length * 13; // the induction column stands for 7 to 14 items
      return `${m.rows.length} workers × ${m.columns.length} columns, about ${statuses.toLocaleString('en-GB')} statuses`;
    },
  );
  const wire = encodeMatrix(matrix);
  const megabytes = (value: unknown) => (JSON.stringify(value).length / 1024 / 1024).toFixed(1);
  report(
    `matrix as sent to the page: ${megabytes(wire)} MB of JSON (${megabytes(matrix)} MB as objects), ` +
      `encoded and serialised in ${medianOf(5, () => JSON.stringify(encodeMatrix(matrix))).toFixed(0)} ms`,
  );
  await wholePcnTimings(
    'claim month October 2026',
    (db) => computeClaimMonth(db, '2026-10', TODAY),
    (claim) => `${claim.lines.length} lines, every readiness flag`,
    true,
  );
}

/** The integrity check at this size: opening (which runs it) and the "Check integrity" button. */
async function integrityTimings(): Promise<void> {
  const started = performance.now();
  const backend = openBackend();
  const openMs = performance.now() - started;
  try {
    const check = await backend.call('audit.checkIntegrity', {});
    if (!check.ok) throw new Error(check.error.message);
    const { entries, lockedRecords, findings } = check.value;
    const ms = await medianOfCalls(5, () => backend.call('audit.checkIntegrity', {}));
    report(
      `backend integrity check (${entries} audit entries, ${lockedRecords.toLocaleString('en-GB')} locked records, ` +
        `${findings.length} problems): ${ms.toFixed(0)} ms median of 5; opening the file, which runs it, ${openMs.toFixed(0)} ms`,
    );
  } finally {
    backend.close();
  }
}

try {
  const backend = openBackend();
  let summary: ReturnType<typeof seedExample> | undefined;
  const seedMs = timed(() => (summary = seedExample(backend.ctx, { profile: 'ics', seed: 1, today: TODAY })));
  report(
    `seed ics: ${summary?.workers} workers, ${summary?.trainingRecords} training records in ${seedMs.toFixed(0)} ms`,
  );

  if (!flags['load-only']) {
    await backendTimings(backend);
    await integrityTimings();
    for (const line of await benchHome(dataDir, TODAY)) report(line);
    for (const line of await benchAuditLog(dataDir, TODAY)) report(line);
    for (const line of await benchImport(TODAY)) report(line);
    for (const line of await benchPacks(TODAY)) report(line);
  } else backend.close();

  if (!flags['backend-only'] && !flags['load-only']) for (const line of await benchPages(dataDir, TODAY)) report(line);
  if (!flags['backend-only'])
    for (const line of await benchLoad({ dataDir, today: TODAY, seconds: loadSeconds })) report(line);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
fs.mkdirSync('test-results', { recursive: true });
fs.writeFileSync('test-results/bench.txt', `${results.join('\n')}\n`);
