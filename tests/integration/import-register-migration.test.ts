import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import { tempDir } from '../support/backend.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A version 18 file: a worker and two training imports, the second undone, each with the records it added. */
function version18File(): string {
  const dir = tempDir('linkwork-v18-');
  dirs.push(dir);
  const file = path.join(dir, 'linkwork.sqlite');
  const { db } = openDatabase(file, migrations.slice(0, 18));
  db.exec(`INSERT INTO employer (id, name, kind) VALUES (1, 'Riverside Surgery', 'lead_practice');
    INSERT INTO worker (id, name, role, employer_id, arrs_funded, start_date, hours_per_week)
    VALUES (1, 'Florence Ndlovu', 'splw', 1, 1, '2024-04-01', 37.5);
    INSERT INTO requirement (id, title, kind, roles, due, blocks_claim, origin, applies_from, position)
    VALUES ('fire-safety', 'Fire safety', 'training', '[]', '{}', 0, 'local', '2020-01-01', 1);
    INSERT INTO training_record (id, worker_id, requirement_id, status, completed_on, created_at)
    VALUES (1, 1, 'fire-safety', 'completed', '2026-02-03', '2026-11-01T09:00:00Z'),
           (2, 1, 'fire-safety', 'completed', '2025-02-03', '2026-11-01T09:00:00Z'),
           (3, 1, 'fire-safety', 'completed', '2024-02-03', '2026-11-02T09:00:00Z');
    INSERT INTO import_batch (id, kind, file_name, imported_at, imported_by, undone_at, undone_by) VALUES
      (1, 'training', 'first.csv', '2026-11-01T09:00:00Z', 'lead', NULL, NULL),
      (2, 'training', 'second.xlsx', '2026-11-02T09:00:00Z', 'lead', '2026-11-03T09:00:00Z', 'lead');
    INSERT INTO import_batch_record (batch_id, record_id, row_number) VALUES (1, 1, 2), (1, 2, 3), (2, 3, 2);`);
  db.close();
  return file;
}

describe('migration 19: staff register imports', () => {
  it('keeps every training import as it was, with how many records each added', () => {
    const { db } = openDatabase(version18File(), migrations);
    try {
      expect(
        db.prepare('SELECT id, kind, file_name, added, undone_at FROM import_batch ORDER BY id').raw().all(),
      ).toEqual([
        [1, 'training', 'first.csv', 2, null],
        [2, 'training', 'second.xlsx', 1, '2026-11-03T09:00:00Z'],
      ]);
      expect(db.prepare('SELECT * FROM import_batch_record ORDER BY record_id').raw().all()).toEqual([
        [1, 1, 2],
        [1, 2, 3],
        [2, 3, 2],
      ]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
