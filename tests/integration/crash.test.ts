import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { seededRandom } from '../../src/backend/seed/random.ts';
import { tempDir } from '../support/backend.ts';
import { startChild } from '../support/children.ts';
import { pcnWithGp } from '../support/pcn.ts';

const TRIALS = 20;
/** The most acknowledged writes a trial waits for before it kills the writer. */
const MOST_WRITES = 12;
/** And then up to this long, so that the kill falls anywhere in the write under way. */
const MOST_DELAY_MS = 8;
const LONG_AGO = new Date('2000-01-01T00:00:00Z');

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function open(dataDir: string, log: (line: string) => void = () => undefined): Backend {
  return createBackend({
    dataDir,
    now: () => new Date('2026-11-24T10:00:00Z'),
    osUser: 'tester',
    shell: 'the crash test',
    log,
  });
}

function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The writes the child acknowledged: whole lines only (the last may have been cut by the kill). */
function acknowledged(stdout: string) {
  const lines = stdout.slice(0, stdout.lastIndexOf('\n')).split('\n');
  const workers = lines.filter((l) => l.startsWith('worker ')).map((l) => Number(l.split(' ')[1]));
  const records = lines
    .filter((l) => l.startsWith('record '))
    .map((l) => ({ id: Number(l.split(' ')[1]), sha256: l.split(' ')[2] as string }));
  return { workers, records, count: workers.length + records.length };
}

/** Resolves once the child has acknowledged `n` writes. */
function whenAcknowledged(child: ReturnType<typeof startChild>, n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (acknowledged(child.stdout()).count >= n) resolve();
    };
    child.process.stdout?.on('data', check);
    void child.exited.then(() => reject(new Error(`the writer stopped by itself:\n${child.stderr()}`)));
  });
}

/** Trials on `lanes` folders side by side: a trial is mostly a new process starting, which the lanes overlap. */
const LANES = 2;

interface LaneResult {
  workers: number;
  tidied: string[];
}

/** One folder, `trials` kills in a row, each followed by the checks of a reopening. */
async function lane(seed: number, trials: number): Promise<LaneResult> {
  const dataDir = tempDir('linkwork-crash-');
  dirs.push(dataDir);
  const setUp = open(dataDir);
  await pcnWithGp(setUp);
  setUp.close();

  const random = seededRandom(seed);
  const tidied: string[] = [];
  const everyWorker: number[] = [];
  for (let trial = 1; trial <= trials; trial++) {
    const writer = startChild('write-until-killed.ts', [dataDir, `lane-${seed}-trial-${trial}`]);
    await whenAcknowledged(writer, 1 + Math.floor(random() * MOST_WRITES));
    // A moment later still, so the kill lands anywhere in the next write: in its evidence file, or its commit.
    await new Promise((resolve) => setTimeout(resolve, random() * MOST_DELAY_MS));
    writer.process.kill('SIGKILL');
    expect(await writer.exited, writer.stderr()).toBeNull();
    const acked = acknowledged(writer.stdout());
    everyWorker.push(...acked.workers);

    // As when the app is next opened a few minutes later: leftovers are old enough to be removed.
    for (const file of filesUnder(path.join(dataDir, 'evidence'))) fs.utimesSync(file, LONG_AGO, LONG_AGO);
    const backend = open(dataDir, (line) => tidied.push(line));
    try {
      const db = backend.ctx.db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const workers = db.prepare('SELECT id FROM worker').pluck().all() as number[];
      expect(workers).toEqual(expect.arrayContaining(everyWorker));
      for (const record of acked.records) {
        const stored = db
          .prepare(
            `SELECT f.sha256, f.stored_name AS storedName FROM record_evidence re
             JOIN evidence_file f ON f.id = re.file_id WHERE re.record_id = ?`,
          )
          .get(record.id) as { sha256: string; storedName: string } | undefined;
        expect(stored?.sha256, `record ${record.id} of trial ${trial}`).toBe(record.sha256);
        const content = fs.readFileSync(path.join(dataDir, stored?.storedName ?? ''));
        expect(createHash('sha256').update(content).digest('hex')).toBe(record.sha256);
      }
      const named = new Set(
        (db.prepare('SELECT stored_name FROM evidence_file').pluck().all() as string[]).map((p) =>
          path.join(dataDir, p),
        ),
      );
      const stray = filesUnder(dataDir).filter((f) => f.endsWith('.tmp'));
      const orphans = filesUnder(path.join(dataDir, 'evidence')).filter((f) => !named.has(f));
      expect({ stray, orphans }, `after trial ${trial}`).toEqual({ stray: [], orphans: [] });
    } finally {
      backend.close();
    }
  }
  return { workers: everyWorker.length, tidied };
}

describe('a writer killed at random moments (SIGKILL)', () => {
  it(`loses no acknowledged write and leaves nothing broken or stray behind (${TRIALS} seeded trials)`, async () => {
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(13 + i, TRIALS / LANES)));
    const tidied = lanes.flatMap((l) => l.tidied);
    console.log(
      `Crash test: ${TRIALS} kills, ${lanes.reduce((n, l) => n + l.workers, 0)} acknowledged workers; ` +
        `on reopening: ${tidied.join(' | ') || 'nothing to tidy'}`,
    );
  }, 90_000);
});
