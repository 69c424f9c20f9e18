import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import { tempDir } from '../support/backend.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A version 19 file: a requirement with a training record and an exemption that refer to it. */
function version19File(): string {
  const dir = tempDir('linkwork-v19-');
  dirs.push(dir);
  const file = path.join(dir, 'linkwork.sqlite');
  const { db } = openDatabase(file, migrations.slice(0, 19));
  db.exec(`INSERT INTO employer (id, name, kind) VALUES (1, 'Riverside Surgery', 'lead_practice');
    INSERT INTO worker (id, name, role, employer_id, arrs_funded, start_date, hours_per_week)
    VALUES (1, 'Florence Ndlovu', 'splw', 1, 1, '2024-04-01', 37.5);
    INSERT INTO requirement (id, title, kind, roles, due, check_kind, session_kind, blocks_claim, origin, applies_from, position)
    VALUES ('fire-safety', 'Fire safety', 'training', '["splw"]', '{"type":"after_start","months":1}', 'record', '', 0, 'local', '2020-01-01', 1),
           ('supervision', 'Supervision', 'training', '["splw"]', '{"type":"after_start","months":1}', 'supervision', 'clinical', 1, 'catalogue', '2020-01-01', 2);
    INSERT INTO training_record (id, worker_id, requirement_id, status, completed_on, created_at)
    VALUES (1, 1, 'fire-safety', 'completed', '2026-02-03', '2026-11-01T09:00:00Z');
    INSERT INTO exemption (worker_id, requirement_id, reason, created_at)
    VALUES (1, 'supervision', 'Supervised elsewhere', '2026-11-01T09:00:00Z');`);
  db.close();
  return file;
}

describe('migration 20: the CPD log', () => {
  it('rebuilds the requirements as they were, still referred to by their records and exemptions', () => {
    const { db } = openDatabase(version19File(), migrations);
    try {
      expect(
        db
          .prepare('SELECT id, check_kind, session_kind, blocks_claim, position, cpd FROM requirement ORDER BY id')
          .raw()
          .all(),
      ).toEqual([
        ['fire-safety', 'record', '', 0, 1, null],
        ['supervision', 'supervision', 'clinical', 1, 2, null],
      ]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(() => db.prepare("DELETE FROM requirement WHERE id = 'fire-safety'").run()).toThrow(/FOREIGN KEY/);
      db.prepare(
        "UPDATE requirement SET check_kind = 'cpd', cpd = '{\"atLeastEveryMonths\":3}' WHERE id = 'fire-safety'",
      ).run();
    } finally {
      db.close();
    }
  });

  it('logs each written entry in fact_change, so the kept evidence is read again', () => {
    const { db } = openDatabase(version19File(), migrations);
    try {
      const before = db.prepare('SELECT count(*) FROM fact_change').pluck().get() as number;
      db.prepare(
        `INSERT INTO cpd_entry (id, worker_id, date, kind, title, minutes, created_at, created_by)
         VALUES (1, 1, '2026-11-11', 'webinar', 'National webinar', 90, '2026-11-11T15:00:00Z', 'Florence')`,
      ).run();
      db.prepare('UPDATE cpd_entry SET minutes = 60 WHERE id = 1').run();
      db.prepare('DELETE FROM cpd_entry WHERE id = 1').run();
      expect(db.prepare('SELECT count(*) FROM fact_change').pluck().get()).toBe(before + 4);
    } finally {
      db.close();
    }
  });
});
