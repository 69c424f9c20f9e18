import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import { tempDir } from '../support/backend.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A version 16 file: a worker, two leads and a supervisor with accounts, and reminders some of which were e-mailed. */
function version16File(): string {
  const dir = tempDir('linkwork-v16-');
  dirs.push(dir);
  const file = path.join(dir, 'linkwork.sqlite');
  const { db } = openDatabase(file, migrations.slice(0, 16));
  db.exec(`INSERT INTO employer (id, name, kind) VALUES (1, 'Riverside Surgery', 'lead_practice');
    INSERT INTO colleague (id, name, job_title) VALUES (1, 'Dr Lead', 'GP'), (2, 'Dr Second', 'GP'), (3, 'Sam Super', 'GP');
    INSERT INTO worker (id, name, role, employer_id, arrs_funded, start_date, hours_per_week, supervisor_id)
    VALUES (1, 'Florence Ndlovu', 'splw', 1, 1, '2024-04-01', 37.5, 3);
    INSERT INTO account (id, email, worker_id, colleague_id, lead, created_at) VALUES
      (1, 'lead@nhs.net', NULL, 1, 1, '2026-01-01T09:00:00Z'),
      (2, 'second@nhs.net', NULL, 2, 1, '2026-01-01T09:00:00Z'),
      (3, 'super@nhs.net', NULL, 3, 0, '2026-01-01T09:00:00Z'),
      (4, 'florence@nhs.net', 1, NULL, 0, '2026-01-01T09:00:00Z');`);
  const reminder = db.prepare(
    `INSERT INTO reminder (id, worker_id, kind, item_key, due_date, step_key, recipient, title, link, created_on, emailed_on)
     VALUES (?, 1, 'training', 'fire-safety', '2026-10-01', 'overdue-1', ?, 'Fire safety overdue', '/staff/1', '2026-10-08', ?)`,
  );
  reminder.run(1, 'worker:1', '2026-10-08');
  reminder.run(2, 'colleague:3', '2026-10-08');
  reminder.run(3, 'lead', '2026-10-08');
  db.prepare(
    `INSERT INTO reminder (id, worker_id, kind, item_key, due_date, step_key, recipient, title, link, created_on)
     VALUES (4, 1, 'training', 'fire-safety', '2026-10-01', 'overdue-2', 'lead', 'Fire safety still overdue', '/staff/1', '2026-10-15')`,
  ).run();
  db.close();
  return file;
}

describe('migration 17: reminders e-mailed, per account', () => {
  it('carries each e-mailed reminder over to every account that heard it, so nothing is sent again', () => {
    const { db } = openDatabase(version16File(), migrations);
    try {
      expect(
        db.prepare('SELECT account_id, reminder_id, emailed_on FROM reminder_emailed ORDER BY 1, 2').raw().all(),
      ).toEqual([
        [1, 3, '2026-10-08'],
        [2, 3, '2026-10-08'],
        [3, 2, '2026-10-08'],
        [4, 1, '2026-10-08'],
      ]);
    } finally {
      db.close();
    }
  });
});
