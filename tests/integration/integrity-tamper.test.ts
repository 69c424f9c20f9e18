import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { DATA_FILE_NAME } from '../../src/backend/backend.ts';
import { ok, tempDir } from '../support/backend.ts';
import type { LockedIds } from '../support/locked-records.ts';
import { COMPETENCY, copyOf, lockedRecords, openAt, removeCopies, trackedBackends } from '../support/locked-records.ts';
import { dropEveryTrigger, withPlainSql } from '../support/plain-sql.ts';

/**
 * Each way issue 13 found to change a locked record or the audit log with plain SQL, done on a copy of one data
 * file through a second connection: refused by a trigger; and, with every trigger dropped first, named by
 * `audit.checkIntegrity` and again by the check on reopening.
 */
interface Tamper {
  name: string;
  sql: (ids: LockedIds) => string;
  refused: RegExp;
  reported: RegExp;
}

const ASSESSMENT_CHANGED =
  /^The competency assessment of Florence Ndlovu signed on 24\/11\/2026 was changed outside Linkwork after it was signed$/;
const SESSION_CHANGED =
  /^The supervision record of Florence Ndlovu on 10\/11\/2026 was changed outside Linkwork after it was signed$/;
const CLAIM_CHANGED = /^The ARRS claim for October 2025 was changed outside Linkwork after it was submitted$/;

const TAMPERS: Tamper[] = [
  {
    name: 'a signed assessment set back to draft',
    sql: (ids) => `UPDATE assessment SET status = 'draft' WHERE id = ${ids.assessment}`,
    refused: /signed and locked/,
    reported: ASSESSMENT_CHANGED,
  },
  {
    name: 'a signed assessment edited and signed again',
    sql: (
      ids,
    ) => `UPDATE assessment SET status = 'submitted', signed_at = NULL, signed_by = NULL WHERE id = ${ids.assessment};
      UPDATE assessment_rating SET agreed_rating = 3 WHERE assessment_id = ${ids.assessment};
      UPDATE assessment SET status = 'signed', signed_at = '2026-11-24T10:00:00.000Z', signed_by = 'Dr Asha Patel' WHERE id = ${ids.assessment}`,
    refused: /signed and locked: only its supervisor can reopen it/,
    reported: ASSESSMENT_CHANGED,
  },
  {
    name: 'a rating added to a signed assessment',
    sql: (ids) =>
      `INSERT INTO assessment_rating (assessment_id, competency_id, self_rating, agreed_rating) VALUES (${ids.assessment}, 'made-up.competency', 3, 3)`,
    refused: /signed and locked/,
    reported: ASSESSMENT_CHANGED,
  },
  {
    name: "a signed assessment's rating deleted",
    sql: (ids) =>
      `DELETE FROM assessment_rating WHERE assessment_id = ${ids.assessment} AND competency_id = '${COMPETENCY}'`,
    refused: /signed and locked/,
    reported: ASSESSMENT_CHANGED,
  },
  {
    name: "a signed assessment's snapshot rewritten",
    sql: (ids) =>
      `UPDATE assessment_signed_version SET snapshot = '{"ratings":[]}' WHERE assessment_id = ${ids.assessment}`,
    refused: /never changed: it can only be marked as reopened/,
    reported: ASSESSMENT_CHANGED,
  },
  {
    name: "a signed supervision record's action changed",
    sql: (ids) => `UPDATE supervision_action SET description = 'Nothing to do' WHERE session_id = ${ids.session}`,
    refused: /its actions can only be marked done or open/,
    reported: SESSION_CHANGED,
  },
  {
    name: "a signed supervision record's action deleted",
    sql: (ids) => `DELETE FROM supervision_action WHERE session_id = ${ids.session}`,
    refused: /its actions are fixed/,
    reported: SESSION_CHANGED,
  },
  {
    name: "a signed supervision record's addendum changed",
    sql: (ids) => `UPDATE supervision_addendum SET text = 'Nothing moved.' WHERE session_id = ${ids.session}`,
    refused: /An addendum is never changed/,
    reported: SESSION_CHANGED,
  },
  {
    name: "a signed supervision record's addendum deleted",
    sql: (ids) => `DELETE FROM supervision_addendum WHERE session_id = ${ids.session}`,
    refused: /Addenda are evidence/,
    reported: SESSION_CHANGED,
  },
  {
    name: 'a signed supervision record with no actions or addenda deleted',
    sql: (ids) => `DELETE FROM supervision_session WHERE id = ${ids.bareSession}`,
    refused: /Supervision records are evidence and are never deleted/,
    reported:
      /^The supervision record of Florence Ndlovu on 13\/10\/2026 was deleted outside Linkwork after it was signed$/,
  },
  {
    name: "a submitted claim's portal reference changed",
    sql: (ids) => `UPDATE claim SET portal_reference = 'PCWP-FORGED' WHERE id = ${ids.claim}`,
    refused: /A submitted claim is frozen/,
    reported: CLAIM_CHANGED,
  },
  {
    name: "a submitted claim's dates changed",
    sql: (ids) => `UPDATE claim SET submitted_on = '2025-11-03', paid_on = '2025-11-20' WHERE id = ${ids.claim}`,
    refused: /A submitted claim is frozen/,
    reported: CLAIM_CHANGED,
  },
  {
    name: "a submitted claim's status changed",
    sql: (ids) => `UPDATE claim SET status = 'paid' WHERE id = ${ids.claim}`,
    refused: /A submitted claim is frozen/,
    reported: CLAIM_CHANGED,
  },
  {
    name: 'a submitted claim taken back to checked',
    sql: (ids) => `UPDATE claim SET status = 'checked' WHERE id = ${ids.claim}`,
    refused: /A submitted claim is frozen/,
    reported: /^The ARRS claim for October 2025 is no longer submitted: it was unlocked outside Linkwork$/,
  },
  {
    name: 'a submitted claim deleted',
    sql: (ids) => `DELETE FROM claim WHERE id = ${ids.claim}`,
    refused: /Claims are kept/,
    reported: /^The ARRS claim for October 2025 was deleted outside Linkwork after it was submitted$/,
  },
  {
    name: 'a forged audit entry',
    sql: () => `INSERT INTO audit_log (at, actor, action, entity, summary)
      VALUES ('2026-11-24T11:00:00.000Z', 'Dr Asha Patel', 'supervision.sign', 'supervision_session', 'Signed everything')`,
    refused: /Audit entries are added by Linkwork only/,
    reported: /^The audit entry of 24\/11\/2026 11:00 \(“Signed everything”\) was added or changed outside Linkwork$/,
  },
  {
    name: 'the audit log emptied',
    sql: () => 'DELETE FROM audit_log',
    refused: /The audit log is append-only/,
    reported:
      /^The audit log is empty: all \d+ entries Linkwork wrote, the last on 24\/11\/2026 10:00, were removed outside Linkwork$/,
  },
  {
    name: 'the newest audit entries removed',
    sql: () => 'DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)',
    refused: /The audit log is append-only/,
    reported:
      /^3 audit entries are missing after 24\/11\/2026 10:00 \(Linkwork last wrote one on 24\/11\/2026 10:00\)\. If this data file was restored from a backup, that explains it; otherwise they were removed outside Linkwork$/,
  },
];

let original: string;
let ids: LockedIds;
const { backendAt, closeAll } = trackedBackends();

beforeAll(async () => {
  original = tempDir('linkwork-locked-');
  const backend = openAt(original);
  try {
    ids = await lockedRecords(backend);
  } finally {
    backend.close();
  }
});
afterEach(() => {
  closeAll();
  removeCopies();
});
afterAll(() => removeCopies());

const messages = async (backend: Backend) =>
  (await ok(backend, 'audit.checkIntegrity', {})).findings.map((f) => f.message);

describe('the untouched file', () => {
  it('checks out clean now and on reopening', async () => {
    const dir = copyOf(original);
    const backend = backendAt(dir);
    const report = await ok(backend, 'audit.checkIntegrity', {});
    expect(report).toMatchObject({ findings: [], lockedRecords: 4 });
    expect(report.entries).toBeGreaterThan(20);
    expect((await ok(backend, 'app.status', {})).integrity).toEqual({ checkedAt: expect.any(String), problems: 0 });
  });
});

describe.each(TAMPERS)('$name', (tamper) => {
  it('is refused by a trigger', () => {
    const dir = copyOf(original);
    withPlainSql(dir, (db) => expect(() => db.exec(tamper.sql(ids))).toThrow(tamper.refused));
  });

  it('is reported by the check, and on reopening, once the triggers are dropped', async () => {
    const dir = copyOf(original);
    const backend = backendAt(dir);
    withPlainSql(dir, (db) => {
      dropEveryTrigger(db);
      db.exec(tamper.sql(ids));
    });
    const found = await messages(backend);
    expect(found).toContainEqual(expect.stringMatching(tamper.reported));
    expect(found).toContainEqual(
      expect.stringMatching(/^\d+ safeguards on supervision records \(.*supervision_session_locked.*\) were removed/),
    );
    closeAll();

    const reopened = backendAt(dir);
    const { integrity } = await ok(reopened, 'app.status', {});
    expect(integrity?.problems).toBe(found.length);
    const { entries } = await ok(reopened, 'audit.list', { workerId: null, limit: 1, offset: 0 });
    expect(entries[0]).toMatchObject({
      action: 'integrity.problems',
      actor: 'Linkwork (check on opening)',
      after: Object.fromEntries(found.map((message, i) => [String(i + 1), message])),
    });
  });
});

describe('what the check on opening found', () => {
  /** What each check on opening recorded in the audit log, oldest first. */
  const recorded = (backend: Backend) =>
    (
      backend.ctx.db
        .prepare("SELECT after_json FROM audit_log WHERE action = 'integrity.problems' ORDER BY id")
        .pluck()
        .all() as string[]
    ).map((json) => Object.values(JSON.parse(json) as Record<string, string>));

  it('is recorded once however often the file is opened, and stays in the log once the log’s end moves on', async () => {
    const dir = copyOf(original);
    const before = backendAt(dir);
    await ok(before, 'app.setCurrentUser', { person: { kind: 'colleague', id: ids.gpId } });
    await ok(before, 'app.setCurrentUser', { person: null });
    closeAll();
    // The append-only trigger dropped, those two entries removed, and the trigger put back as it was.
    withPlainSql(dir, (db) => {
      const trigger = db
        .prepare("SELECT sql FROM sqlite_schema WHERE name = 'audit_log_is_append_only_delete'")
        .pluck()
        .get() as string;
      db.exec(`DROP TRIGGER audit_log_is_append_only_delete;
        DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log);
        ${trigger};`);
    });
    const first = backendAt(dir);
    expect((await ok(first, 'app.status', {})).integrity?.problems).toBe(1);
    expect(recorded(first)).toEqual([[expect.stringMatching(/^2 audit entries are missing after/)]]);
    // Recorded in the log itself, the cut-off end no longer needs the note beside the file to show.
    expect(await messages(first)).toEqual([]);
    closeAll();
    const again = backendAt(dir);
    expect((await ok(again, 'app.status', {})).integrity?.problems).toBe(0);
    expect(recorded(again)).toHaveLength(1);
  });

  it('names a missing note of the log’s end', async () => {
    const dir = copyOf(original);
    fs.rmSync(path.join(dir, `${DATA_FILE_NAME}.audit-head.json`));
    expect(recorded(backendAt(dir))).toEqual([
      [expect.stringMatching(/^Linkwork's note of the end of the audit log \(linkwork\.sqlite\.audit-head\.json/)],
    ]);
  });
});
