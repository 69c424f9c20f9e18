import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { count, ok, tempDir, testBackend } from '../support/backend.ts';
import { auditActions, MONTH, startClaim, threeLines } from '../support/claim-month.ts';

const FLORENCE = 267727; // £40,159 ÷ 12 × 0.8
const GRACE = 306125; // full time, her cost (£2,500.00 + 8% NI + 14.45% pension) is under the cap

describe('a claim stops on blocked lines', () => {
  it('refuses "checked" while lines are blocked, naming how many and whose', async () => {
    const backend = testBackend();
    await threeLines(backend);
    const id = await startClaim(backend);
    expect(await backend.call('claim.check', { id })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          '2 lines are still blocked (Grace Okafor and Hana Begum): resolve each, exclude it from this month or override it, with a reason, before marking the claim as checked',
      },
    });
    expect((await ok(backend, 'claim.view', { month: MONTH })).claim?.status).toBe('draft');
  });

  it('is checked once each blocked line is excluded or overridden with a reason; the totals follow the decisions', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    const id = await startClaim(backend);

    // No pay: there is nothing sound to claim, so it can only be excluded.
    expect(
      await backend.call('claim.decideLine', { id, workerId: w.unpaid, decision: 'override', reason: 'Paid by bank' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('No pay on record') } });
    await ok(backend, 'claim.decideLine', {
      id,
      workerId: w.unpaid,
      decision: 'exclude',
      reason: 'Payroll not received; claim in November',
    });
    let view = await ok(backend, 'claim.decideLine', {
      id,
      workerId: w.untrained,
      decision: 'override',
      reason: 'e-LfH certificate seen by the clinical director',
    });
    expect(view.data).toMatchObject({ totalPence: FLORENCE + GRACE, blockedLines: 0 });
    const grace = view.data.lines.find((l) => l.workerId === w.untrained);
    expect(grace?.decision).toMatchObject({
      decision: 'override',
      reason: 'e-LfH certificate seen by the clinical director',
      decidedBy: 'tester',
    });

    view = await ok(backend, 'claim.check', { id });
    expect(view.claim).toMatchObject({ status: 'checked', revertedReason: null });
    expect(await auditActions(backend)).toEqual(
      expect.arrayContaining(['claim.start', 'claim.exclude', 'claim.override', 'claim.check']),
    );

    // Decisions belong to the draft: a checked claim refuses them, and going back to draft allows them again.
    expect(await backend.call('claim.removeDecision', { id, workerId: w.untrained })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await ok(backend, 'claim.reopen', { id });
    view = await ok(backend, 'claim.removeDecision', { id, workerId: w.untrained });
    expect(view.data).toMatchObject({ totalPence: FLORENCE, blockedLines: 1 });
    expect(await auditActions(backend)).toEqual(expect.arrayContaining(['claim.reopen', 'claim.undecide']));
  });

  it('refuses a decision without a reason, naming the field, and changes nothing', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    const id = await startClaim(backend);
    expect(
      await backend.call('claim.decideLine', { id, workerId: w.unpaid, decision: 'exclude', reason: '   ' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { fields: { reason: 'Give the reason' } } } });
    expect(
      await backend.call('claim.decideLine', { id, workerId: 999, decision: 'exclude', reason: 'Left' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { workerId: expect.any(String) } } },
    });
    expect(count(backend, 'claim_line_decision')).toBe(0);
  });

  it('keeps decisions with their claim version: the database refuses a change once it is no longer a draft', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    const id = await startClaim(backend);
    for (const workerId of [w.unpaid, w.untrained])
      await ok(backend, 'claim.decideLine', { id, workerId, decision: 'exclude', reason: 'Next month' });
    await ok(backend, 'claim.check', { id });
    expect(() => backend.ctx.db.prepare('DELETE FROM claim_line_decision WHERE claim_id = ?').run(id)).toThrow(
      'A line decision can change only while its claim is a draft',
    );

    const submitted = await ok(backend, 'claim.submit', { id, submittedOn: '2026-11-24', portalReference: 'PCWP-9' });
    expect(submitted.frozen).toBe(true);
    expect(submitted.data.lines.filter((l) => l.decision?.decision === 'exclude')).toHaveLength(2);
    const amendment = await ok(backend, 'claim.start', { month: MONTH });
    expect(amendment.data.blockedLines).toBe(2); // a new version starts without the old one's decisions
  });
});

describe('a checked claim whose figures change', () => {
  async function checked() {
    const backend = testBackend();
    const w = await threeLines(backend);
    const id = await startClaim(backend);
    await ok(backend, 'claim.decideLine', { id, workerId: w.unpaid, decision: 'exclude', reason: 'Next month' });
    await ok(backend, 'claim.decideLine', { id, workerId: w.untrained, decision: 'override', reason: 'Seen' });
    await ok(backend, 'claim.check', { id });
    const changes: DataChange[] = [];
    backend.onChange((c) => changes.push(c));
    return { backend, w, id, changes };
  }

  it('goes back to draft when payroll changes, saying which line changed and how, in one announced change', async () => {
    const { backend, w, changes } = await checked();
    const view = await ok(backend, 'payroll.save', {
      workerId: w.ready,
      month: MONTH,
      salaryPence: 180000,
      niPence: 15000,
      pensionPence: 26010,
    });
    expect(view.claim).toMatchObject({
      status: 'draft',
      revertedReason:
        'The figures changed after the claim was checked: Florence Ndlovu: claimable £2,677.27 → £2,210.10, cost £3,061.25 → £2,210.10.',
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]?.domains).toEqual(expect.arrayContaining(['claims', 'audit']));
    expect((await auditActions(backend)).at(-1)).toBe('claim.revert');
  });

  it('goes back to draft when a record written anywhere clears a flag, and the announcement includes the claim', async () => {
    const { backend, w, changes } = await checked();
    await ok(backend, 'training.record', {
      workerId: w.untrained,
      requirementId: 'splw-elfh-programme',
      status: 'completed',
      completedOn: '2025-09-01',
    });
    const view = await ok(backend, 'claim.view', { month: MONTH });
    expect(view.claim?.status).toBe('draft');
    expect(view.claim?.revertedReason).toContain('Grace Okafor: ');
    expect(view.claim?.revertedReason).toContain('no longer blocks');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.domains).toEqual(expect.arrayContaining(['training', 'claims']));
  });

  it('goes back to draft when NWRS confirmations are taken back, and stays checked after a write that moves nothing', async () => {
    const { backend, w, id } = await checked();
    await ok(backend, 'colleague.create', { name: 'Dr Ben Lowe', jobTitle: 'GP partner', practiceId: 1 });
    expect((await ok(backend, 'claim.view', { month: MONTH })).claim?.status).toBe('checked');

    const { view } = await ok(backend, 'claim.unconfirmNwrsAll', { month: MONTH, workerIds: [w.ready] });
    expect(view.claim).toMatchObject({ id, status: 'draft' });
    expect(view.claim?.revertedReason).toBe(
      'The figures changed after the claim was checked: Florence Ndlovu: now blocked by NWRS record confirmed for this month.',
    );
    // Checked again only once the line is resolved once more.
    expect(await backend.call('claim.check', { id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ok(backend, 'claim.confirmNwrsAll', { month: MONTH, workerIds: [w.ready] });
    expect((await ok(backend, 'claim.check', { id })).claim).toMatchObject({ status: 'checked', revertedReason: null });
  });
});

describe('NWRS in one step', () => {
  it('confirms many lines in one transaction with one audit entry naming the count; again changes nothing; undone the same way', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    const lines = [w.ready, w.untrained, w.unpaid];
    const november = '2025-11';
    const before = count(backend, 'audit_log');

    const first = await ok(backend, 'claim.confirmNwrsAll', { month: november, workerIds: lines });
    expect(first.changed).toBe(3);
    expect(first.view.data.lines.every((l) => l.nwrsConfirmed)).toBe(true);
    expect(count(backend, 'audit_log')).toBe(before + 1);
    const { entries } = await ok(backend, 'audit.list', { workerId: null, limit: 1, offset: 0 });
    expect(entries[0]).toMatchObject({
      action: 'claim.nwrsAll',
      summary: 'Confirmed the NWRS record for November 2025 on 3 lines',
    });

    expect((await ok(backend, 'claim.confirmNwrsAll', { month: november, workerIds: lines })).changed).toBe(0);
    expect(count(backend, 'audit_log')).toBe(before + 1);

    const undone = await ok(backend, 'claim.unconfirmNwrsAll', { month: november, workerIds: [w.ready, w.unpaid] });
    expect(undone.changed).toBe(2);
    expect(undone.view.data.lines.filter((l) => l.nwrsConfirmed).map((l) => l.workerId)).toEqual([w.untrained]);
    expect(count(backend, 'nwrs_confirmation')).toBe(3 + 1); // October's three and November's one
  });

  it('refuses a worker with no line in the month, and an empty list, changing nothing', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    expect(await backend.call('claim.confirmNwrsAll', { month: '2025-11', workerIds: [w.ready, 999] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Worker 999 has no line in the November 2025 claim' },
    });
    expect(await backend.call('claim.confirmNwrsAll', { month: '2025-11', workerIds: [] })).toMatchObject({
      ok: false,
      error: { details: { fields: { workerIds: 'Choose at least one line' } } },
    });
    expect(count(backend, 'nwrs_confirmation')).toBe(3);
  });
});

describe("the year's claims", () => {
  it('lists April to March with each month’s claim, total and blocked lines, submitted figures where they exist', async () => {
    const backend = testBackend(); // today 24/11/2026
    const w = await threeLines(backend);
    const id = await startClaim(backend);
    for (const workerId of [w.unpaid, w.untrained])
      await ok(backend, 'claim.decideLine', { id, workerId, decision: 'exclude', reason: 'Next month' });
    await ok(backend, 'claim.check', { id });
    await ok(backend, 'claim.submit', { id, submittedOn: '2026-11-24', portalReference: 'PCWP-1' });

    const year = await ok(backend, 'claim.year', { financialYear: '2025/26' });
    expect(year.months.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(year.months[6]).toMatchObject({
      open: true,
      claim: { status: 'submitted', version: 1, portalReference: 'PCWP-1' },
      totalPence: FLORENCE,
      lines: 3,
      blockedLines: 0,
    });
    // No NWRS confirmation in November: every line blocked, nothing claimable, no claim started.
    expect(year.months[7]).toMatchObject({ open: true, claim: null, totalPence: 0, lines: 3, blockedLines: 3 });

    const later = await ok(backend, 'claim.year', { financialYear: '2026/27' });
    expect(
      later.months
        .filter((m) => m.open)
        .map((m) => m.month)
        .at(-1),
    ).toBe('2026-11');
    expect(later.months[8]).toEqual({
      month: '2026-12',
      open: false,
      claim: null,
      totalPence: null,
      lines: null,
      blockedLines: null,
    });
  });

  it('refuses a year before ARRS and a malformed one', async () => {
    const backend = testBackend();
    expect(await backend.call('claim.year', { financialYear: '2018/19' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { financialYear: 'ARRS claims began in April 2019, so there is no claim for April 2018.' } },
      },
    });
    expect(await backend.call('claim.year', { financialYear: '2025/27' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { financialYear: 'Write the financial year as 2025/26' } } },
    });
  });
});

describe('upgrading to migration 008', () => {
  it('sends a claim checked under the old rules back to draft, saying why, in the audit log too', () => {
    const dir = tempDir('linkwork-v7-');
    const file = path.join(dir, 'linkwork.sqlite');
    const old = openDatabase(file, migrations.slice(0, 7)).db;
    old.exec(`INSERT INTO claim (month, version, status, created_at) VALUES ('2025-10', 1, 'checked', '2025-11-01T09:00:00Z');
      INSERT INTO claim (month, version, status, created_at, submitted_on, portal_reference, snapshot)
      VALUES ('2025-09', 1, 'submitted', '2025-10-01T09:00:00Z', '2025-10-05', 'PCWP-1', '{}');`);
    old.close();

    const { db } = openDatabase(file);
    try {
      const claims = db.prepare('SELECT month, status, reverted_reason AS reason FROM claim ORDER BY month').all();
      expect(claims).toEqual([
        { month: '2025-09', status: 'submitted', reason: null },
        {
          month: '2025-10',
          status: 'draft',
          reason: 'It was marked as checked before Linkwork kept the figures a claim is checked with: check it again.',
        },
      ]);
      expect(db.prepare("SELECT actor, summary FROM audit_log WHERE action = 'claim.revert'").all()).toEqual([
        {
          actor: 'Linkwork (upgrade)',
          summary: expect.stringMatching(
            /^Returned the ARRS claim for 2025-10 to draft\. It was marked as checked before/,
          ),
        },
      ]);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
