import fs from 'node:fs';
import { createBackend } from '../src/backend/backend.ts';
import { seedExample } from '../src/backend/seed/example.ts';
import { makeDataDir } from '../tests/support/browser-mode.ts';
import { benchStaffPage } from './bench/staff-page.ts';
import { median, timed } from './bench/timing.ts';

/** npm run bench: speed with an integrated care system's worth of data (the `ics` seed). */
const TODAY = '2026-11-24';
const dataDir = makeDataDir('linkwork-bench-');
const results: string[] = [];
const report = (line: string) => {
  results.push(line);
  console.log(line);
};

try {
  const backend = createBackend({ dataDir, now: () => new Date(`${TODAY}T12:00:00Z`) });
  const seedMs = timed(() => seedExample(backend.ctx, { profile: 'ics', seed: 1, today: TODAY }));
  report(`seed ics (5,000 workers): ${seedMs.toFixed(0)} ms`);

  const listTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    const result = await backend.call('worker.list', {});
    listTimes.push(performance.now() - started);
    if (!result.ok || result.value.length !== 5000) throw new Error('worker.list did not return 5,000 workers');
  }
  report(`backend worker.list (5,000 rows, median of 10): ${median(listTimes).toFixed(1)} ms`);
  backend.close();

  for (const line of await benchStaffPage(dataDir)) report(line);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
fs.mkdirSync('test-results', { recursive: true });
fs.writeFileSync('test-results/bench.txt', `${results.join('\n')}\n`);
