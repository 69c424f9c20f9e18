import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/backend.ts';
import { startApp } from '../support/browser-mode.ts';
import { callOverHttp } from '../support/api-over-http.ts';
import { linkWorker } from '../support/pcn.ts';

const CLIENTS = 2;
const WRITES_EACH = 150;
/** Calls each client keeps under way at once. */
const IN_FLIGHT = 10;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('writes from several clients through one server', () => {
  it(`${CLIENTS} clients × ${WRITES_EACH} worker.create at once: none fails, and every worker is saved`, async () => {
    const dataDir = tempDir('linkwork-writes-');
    dirs.push(dataDir);
    const app = await startApp(dataDir, { today: '2026-11-24' });
    const failures: string[] = [];
    try {
      const setUp = await callOverHttp(app.url, 'app.setUpPcn', {
        pcn: { name: 'Riverside PCN', odsCode: 'U12345', fullTimeHours: 37.5 },
        practices: [{ name: 'Riverside Surgery', odsCode: 'A81001' }],
        leadPracticeIndex: 0,
      });
      expect(setUp.envelope.ok).toBe(true);
      const client = async (c: number) => {
        let next = 0;
        const lane = async () => {
          for (let i = next++; i < WRITES_EACH; i = next++) {
            const name = `Worker ${c}-${i}`;
            const { status, envelope } = await callOverHttp(app.url, 'worker.create', linkWorker({ name }));
            if (status !== 200 || !envelope.ok)
              failures.push(`${name}: ${status} ${envelope.ok ? '' : envelope.error.message}`);
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    } finally {
      await app.stop();
    }
    expect(failures).toEqual([]);
    const db = new Database(path.join(dataDir, 'linkwork.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM worker').get()).toEqual({ n: CLIENTS * WRITES_EACH });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 60_000);
});
