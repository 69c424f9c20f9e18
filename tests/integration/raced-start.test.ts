import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { tempDir } from '../support/backend.ts';
import type { Child } from '../support/children.ts';
import { startChild } from '../support/children.ts';

const STARTS = 6;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `STARTS` processes load everything, then open the same empty folder at the same moment. */
async function race(how: 'backend' | 'database'): Promise<{ dataDir: string; outcomes: Outcome[] }> {
  const dataDir = tempDir('linkwork-race-');
  dirs.push(dataDir);
  const children: Child[] = Array.from({ length: STARTS }, () =>
    startChild('open-data-folder.ts', [dataDir, how, '--wait-for-go']),
  );
  await Promise.all(children.map((c) => c.printed('ready')));
  for (const c of children) c.process.stdin?.end('go\n');
  const outcomes = await Promise.all(
    children.map(async (c) => ({ code: await c.exited, stdout: c.stdout(), stderr: c.stderr() })),
  );
  return { dataDir, outcomes };
}

/** What the file holds once they have all finished, read without changing it. */
function installed(dataDir: string) {
  const db = new Database(path.join(dataDir, 'linkwork.sqlite'), { readonly: true });
  try {
    const count = (query: string) => (db.prepare(query).get() as { n: number }).n;
    return {
      version: db.pragma('user_version', { simple: true }),
      frameworks: count('SELECT count(*) AS n FROM framework_version'),
      requirementInstalls: count("SELECT count(*) AS n FROM audit_log WHERE action = 'catalogue.install'"),
      frameworkInstalls: count("SELECT count(*) AS n FROM audit_log WHERE action = 'framework.install'"),
      requirements: count('SELECT count(*) AS n FROM requirement'),
    };
  } finally {
    db.close();
  }
}

describe('a raced first start on an empty folder', () => {
  it('opens for one start at a time: each other start is refused by the lock, and nothing is installed twice', async () => {
    for (let round = 0; round < 3; round++) {
      const { dataDir, outcomes } = await race('backend');
      for (const outcome of outcomes) {
        if (outcome.code === 0) expect(outcome.stdout).toBe('ready\nopened\n');
        else {
          expect(outcome.code, outcome.stderr).toBe(3);
          // The holder is named, unless it was caught between creating its lock file and writing in it.
          expect(outcome.stderr).toMatch(
            /^The data folder .* is already in use by (a test child \(process \d+ on |another Linkwork that is starting)/,
          );
        }
      }
      expect(outcomes.filter((o) => o.code === 0).length).toBeGreaterThanOrEqual(1);
      const file = installed(dataDir);
      expect(file).toMatchObject({ version: migrations.length, frameworks: 3, requirementInstalls: 1 });
      expect(file.frameworkInstalls).toBe(3);
      expect(file.requirements).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(dataDir, 'linkwork.lock')), 'every start let go of the folder').toBe(false);
    }
  }, 60_000);

  it('builds the schema once when the migrations themselves race (no lock): every start succeeds', async () => {
    for (let round = 0; round < 2; round++) {
      const { dataDir, outcomes } = await race('database');
      expect(outcomes.map((o) => `${o.code} ${o.stdout}${o.stderr}`)).toEqual(
        Array.from({ length: STARTS }, () => '0 ready\nopened\n'),
      );
      const db = new Database(path.join(dataDir, 'linkwork.sqlite'), { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      db.close();
    }
  }, 60_000);
});
