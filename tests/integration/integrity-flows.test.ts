import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { DATA_FILE_NAME } from '../../src/backend/backend.ts';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import { ok, tempDir } from '../support/backend.ts';
import { MONTH } from '../support/claim-month.ts';
import { lockedRecords, submitClaim, TODAY, trackedBackends } from '../support/locked-records.ts';

const dirs: string[] = [];
const { backendAt, closeAll } = trackedBackends();
const folder = (): string => {
  const dir = tempDir('linkwork-chain-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  closeAll();
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** How many entries each action wrote, and how many of those sealed a record. */
const sealsByAction = (backend: Backend) =>
  backend.ctx.db
    .prepare(
      `SELECT action, count(*) AS entries, count(seals) AS sealing FROM audit_log
       WHERE action IN ('assessment.sign', 'assessment.reopen', 'supervision.sign', 'supervision.addendum',
                        'supervision.action', 'claim.submit', 'claim.paid')
       GROUP BY action ORDER BY action`,
    )
    .all();

describe('the audit log as a hash chain', () => {
  it('holds through every way Linkwork locks a record and changes it afterwards, and on reopening', async () => {
    const dir = folder();
    const backend = backendAt(dir);
    const ids = await lockedRecords(backend);
    // A signed assessment reopened and signed again; a locked record's action marked done; a claim paid, then amended.
    await ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: ids.gpId } });
    await ok(backend, 'assessment.reopen', { id: ids.assessment, reason: 'Agreed rating entered in error' });
    await ok(backend, 'assessment.sign', { id: ids.assessment });
    await ok(backend, 'app.setCurrentUser', { person: null });
    const [action] = (await ok(backend, 'supervision.get', { id: ids.session })).actions;
    await ok(backend, 'supervision.setActionStatus', { actionId: action?.id ?? 0, status: 'done' });
    await ok(backend, 'claim.paid', { id: ids.claim, paidOn: TODAY });
    const amendment = await submitClaim(backend, MONTH);

    const report = await ok(backend, 'audit.checkIntegrity', {});
    expect(report).toMatchObject({ findings: [], lockedRecords: 5 });
    expect(sealsByAction(backend)).toEqual([
      { action: 'assessment.reopen', entries: 1, sealing: 1 },
      { action: 'assessment.sign', entries: 2, sealing: 2 },
      { action: 'claim.paid', entries: 1, sealing: 1 },
      { action: 'claim.submit', entries: 2, sealing: 2 },
      { action: 'supervision.action', entries: 1, sealing: 1 },
      { action: 'supervision.addendum', entries: 1, sealing: 1 },
      // The first signature of each record leaves it open; the second locks and seals it.
      { action: 'supervision.sign', entries: 4, sealing: 2 },
    ]);
    expect((await ok(backend, 'claim.view', { month: MONTH })).versions.map((v) => [v.id, v.status])).toEqual([
      [amendment, 'submitted'],
      [ids.claim, 'paid'],
    ]);
    closeAll();

    const reopened = backendAt(dir);
    expect((await ok(reopened, 'app.status', {})).integrity).toMatchObject({ problems: 0 });
    expect((await ok(reopened, 'audit.checkIntegrity', {})).findings).toEqual([]);
  });

  it('seals the example data it loads', async () => {
    const backend = backendAt(folder());
    await ok(backend, 'app.loadExample', {});
    const report = await ok(backend, 'audit.checkIntegrity', {});
    expect(report.findings).toEqual([]);
    expect(report.lockedRecords).toBeGreaterThan(20);
  });
});

describe('upgrading to schema 12', () => {
  /** A data file as version 11 left it: audit entries with no chain, and records locked before seals existed. */
  function version11File(dir: string): void {
    const { db } = openDatabase(path.join(dir, DATA_FILE_NAME), migrations.slice(0, 11));
    db.exec(`
      INSERT INTO employer (id, name, kind) VALUES (1, 'Riverside Surgery', 'lead_practice');
      INSERT INTO colleague (id, name, job_title) VALUES (1, 'Dr Asha Patel', 'GP partner');
      INSERT INTO worker (id, name, role, employer_id, arrs_funded, start_date, hours_per_week, supervisor_id)
      VALUES (1, 'Florence Ndlovu', 'splw', 1, 1, '2025-04-01', 37.5, 1);
      INSERT INTO supervision_session (worker_id, date, kind, supervisor_id, duration_minutes, worker_signed_name,
        worker_signed_at, supervisor_signed_name, supervisor_signed_at, created_at)
      VALUES (1, '2026-10-13', 'Clinical or professional', 1, 60, 'Florence Ndlovu', '2026-10-13T15:00:00Z',
        'Dr Asha Patel', '2026-10-13T15:05:00Z', '2026-10-13T14:00:00Z');
      INSERT INTO claim (month, version, status, created_at, submitted_on, portal_reference, snapshot)
      VALUES ('2025-09', 1, 'submitted', '2025-10-01T09:00:00Z', '2025-10-05', 'PCWP-1', '{}');
      INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES
        ('2026-10-13T14:00:00Z', 'lead', 'supervision.create', 'supervision_session', 1, 'Recorded a session'),
        ('2026-10-13T15:05:00Z', 'lead', 'supervision.sign', 'supervision_session', 1, 'Signed'),
        ('2025-10-05T09:00:00Z', 'lead', 'claim.submit', 'claim', 1, 'Submitted');`);
    db.close();
  }

  it('chains the entries already there, seals the records already locked, and checks out clean', async () => {
    const dir = folder();
    version11File(dir);
    const backend = backendAt(dir);
    const db = backend.ctx.db;
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(0);
    const upgrade = db.prepare("SELECT actor, summary, seals FROM audit_log WHERE action = 'integrity.seal'").get() as {
      actor: string;
      summary: string;
      seals: string;
    };
    expect(upgrade).toMatchObject({
      actor: 'Linkwork (upgrade)',
      summary: 'Recorded the content of 2 signed or submitted records, so that a change made outside Linkwork shows',
    });
    expect(JSON.parse(upgrade.seals)).toEqual([
      { kind: 'claim', id: 1, workerId: null, dated: '2025-09', hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { kind: 'supervision', id: 1, workerId: 1, dated: '2026-10-13', hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect((await ok(backend, 'app.status', {})).integrity).toMatchObject({ problems: 0 });
    expect(await ok(backend, 'audit.checkIntegrity', {})).toMatchObject({ findings: [], lockedRecords: 2 });
    closeAll();

    expect((await ok(backendAt(dir), 'audit.checkIntegrity', {})).findings).toEqual([]);
  });
});
