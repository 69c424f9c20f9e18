import fs from 'node:fs';
import { createBackend } from '../src/backend/backend.ts';
import { computeClaimMonth } from '../src/backend/claims/compute.ts';
import { computeMatrix } from '../src/backend/compliance/compute.ts';
import { seedExample } from '../src/backend/seed/example.ts';
import { writeSetting } from '../src/backend/settings/queries.ts';
import { makeDataDir } from '../tests/support/browser-mode.ts';
import { benchPages } from './bench/pages.ts';
import { median, timed } from './bench/timing.ts';

/** npm run bench: speed with an integrated care system's worth of data (the `ics` seed). */
const TODAY = '2026-11-24';
const dataDir = makeDataDir('linkwork-bench-');
const results: string[] = [];
const report = (line: string) => {
  results.push(line);
  console.log(line);
};
const medianOf = (runs: number, work: () => unknown) => median(Array.from({ length: runs }, () => timed(work)));

try {
  const backend = createBackend({ dataDir, now: () => new Date(`${TODAY}T12:00:00Z`) });
  let summary: ReturnType<typeof seedExample> | undefined;
  const seedMs = timed(() => (summary = seedExample(backend.ctx, { profile: 'ics', seed: 1, today: TODAY })));
  report(
    `seed ics: ${summary?.workers} workers, ${summary?.trainingRecords} training records in ${seedMs.toFixed(0)} ms`,
  );

  const list = await backend.call('worker.list', {});
  if (!list.ok || list.value.length !== 5000) throw new Error('worker.list did not return 5,000 workers');
  report(
    `backend worker.list (5,000 rows), median of 10: ${medianOf(10, () => backend.call('worker.list', {})).toFixed(1)} ms`,
  );

  let matrix = computeMatrix(backend.ctx.db, TODAY);
  const firstMatrixMs = timed(() => {
    writeSetting(backend.ctx.db, 'bench', performance.now()); // a write, so nothing cached counts
    matrix = computeMatrix(backend.ctx.db, TODAY);
  });
  const cells = matrix.rows.length * matrix.columns.length;
  const statuses = cells + matrix.rows.length * 13; // the induction column stands for 7 to 14 items each
  report(
    `backend every status (${matrix.rows.length} workers × ${matrix.columns.length} columns, about ${statuses.toLocaleString('en-GB')} statuses): ` +
      `${firstMatrixMs.toFixed(0)} ms after a write (reading every record); ${medianOf(5, () => computeMatrix(backend.ctx.db, TODAY)).toFixed(0)} ms median of 5 with the records already read`,
  );
  const json = JSON.stringify(matrix);
  report(
    `matrix as sent to the page: ${(json.length / 1024 / 1024).toFixed(1)} MB JSON, serialised in ${medianOf(5, () => JSON.stringify(matrix)).toFixed(0)} ms`,
  );

  let lines = 0;
  const firstClaimMs = timed(() => {
    writeSetting(backend.ctx.db, 'bench', performance.now());
    lines = computeClaimMonth(backend.ctx.db, '2026-10', TODAY).lines.length;
  });
  report(
    `backend claim month October 2026 (${lines} lines, every readiness flag): ${firstClaimMs.toFixed(0)} ms after a write; ` +
      `${medianOf(5, () => computeClaimMonth(backend.ctx.db, '2026-10', TODAY)).toFixed(0)} ms median of 5 with the records already read`,
  );
  backend.close();

  for (const line of await benchPages(dataDir)) report(line);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
fs.mkdirSync('test-results', { recursive: true });
fs.writeFileSync('test-results/bench.txt', `${results.join('\n')}\n`);
