import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { decodeMatrix } from '../../src/shared/rules/matrix-wire.ts';
import { correctionInWords } from '../../src/shared/rules/record-history.ts';
import { accountFor } from '../support/accounts.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { tinyPdf } from '../support/files.ts';
import { MONTH, threeLines } from '../support/claim-month.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

// "Now" is 24/11/2026: data security renews every 12 months, so a completion on 01/10/2025 has expired.
const dataSecurity = (workerId: number): InputOf<'training.record'> => ({
  workerId,
  requirementId: 'data-security',
  status: 'completed',
  completedOn: '2025-10-01',
  provider: 'e-LfH',
});

/** The fields of a record, changed as given, with the reason: what the correction dialog sends. */
const correction = (
  record: { id: number; status: InputOf<'training.correct'>['status']; completedOn: string | null; provider: string },
  change: Partial<InputOf<'training.correct'>>,
): InputOf<'training.correct'> => ({
  recordId: record.id,
  status: record.status,
  completedOn: record.completedOn,
  provider: record.provider,
  reason: 'Typed the wrong month',
  ...change,
});

async function itemOf(backend: Backend, workerId: number, requirementId: string) {
  const item = (await ok(backend, 'compliance.worker', { workerId })).items.find(
    (i) => i.requirement.id === requirementId,
  );
  if (!item) throw new Error(`${requirementId} does not apply`);
  return item;
}

async function matrixStatus(backend: Backend, workerId: number, requirementId: string) {
  const matrix = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
  const column = matrix.columns.findIndex((c) => c.id === requirementId);
  return matrix.rows.find((r) => r.workerId === workerId)?.cells[column]?.s;
}

/** Calls `method` expecting a refusal with `code`, and checks it wrote nothing. */
async function refused(backend: Backend, code: string, call: () => ReturnType<Backend['call']>) {
  const rows = [count(backend, 'training_record'), count(backend, 'audit_log'), count(backend, 'record_evidence')];
  const answer = await call();
  expect(answer).toMatchObject({ ok: false, error: { code } });
  expect([count(backend, 'training_record'), count(backend, 'audit_log'), count(backend, 'record_evidence')]).toEqual(
    rows,
  );
  return answer.ok ? null : answer.error;
}

describe('correcting a training record', () => {
  it('keeps both versions in its history and counts the corrected one, in the worker page and the matrix', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const first = await ok(backend, 'training.record', {
      ...dataSecurity(workerId),
      evidence: [{ fileName: 'certificate.pdf', dataBase64: tinyPdf('IG').toString('base64') }],
    });
    expect(await matrixStatus(backend, workerId, 'data-security')).toBe('expired');

    const corrected = await ok(backend, 'training.correct', correction(first, { completedOn: '2026-03-01' }));
    expect(corrected.id).not.toBe(first.id);
    expect(corrected).toMatchObject({ completedOn: '2026-03-01', provider: 'e-LfH', withdrawal: null });
    expect(corrected.evidence.map((e) => e.originalName)).toEqual(['certificate.pdf']);
    expect(corrected.corrections).toEqual([
      {
        versionId: corrected.id,
        replacedId: first.id,
        at: '2026-11-24T10:00:00.000Z',
        by: expect.stringContaining('tester'),
        reason: 'Typed the wrong month',
        changes: [{ field: 'completedOn', from: '2025-10-01', to: '2026-03-01' }],
      },
    ]);
    expect(correctionInWords(corrected.corrections[0]!)).toMatch(
      /^Corrected on 24\/11\/2026 by .*tester.*: completion date 01\/10\/2025 → 01\/03\/2026\. Reason: Typed the wrong month$/,
    );

    const item = await itemOf(backend, workerId, 'data-security');
    expect(item.records.map((r) => r.id)).toEqual([corrected.id]);
    expect(item.status).toMatchObject({ status: 'complete', date: '2027-03-01' });
    expect(await matrixStatus(backend, workerId, 'data-security')).toBe('complete');
    // The version it replaced is kept as it was.
    const kept = backend.ctx.db.prepare('SELECT completed_on FROM training_record WHERE id = ?').pluck().get(first.id);
    expect(kept).toBe('2025-10-01');

    const { entries } = await ok(backend, 'audit.list', { workerId, limit: 1, offset: 0 });
    expect(entries[0]).toMatchObject({
      action: 'training.correct',
      summary: expect.stringMatching(
        /^Corrected Data security .* \(completed 01\/10\/2025\) for Florence Ndlovu: completion date 01\/10\/2025 → 01\/03\/2026\. Reason: Typed the wrong month$/,
      ),
    });
  });

  it('corrects a correction, listing every change newest first, and adds certificates to those kept', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const first = await ok(backend, 'training.record', dataSecurity(workerId));
    const second = await ok(backend, 'training.correct', correction(first, { completedOn: '2026-03-01' }));
    const third = await ok(
      backend,
      'training.correct',
      correction(second, {
        provider: '',
        expiresOn: '2027-01-31',
        reason: 'The certificate gives its own expiry',
        evidence: [{ fileName: 'ig.pdf', dataBase64: tinyPdf('IG').toString('base64') }],
      }),
    );
    expect(third.corrections.map((c) => c.changes)).toEqual([
      [
        { field: 'expiresOn', from: null, to: '2027-01-31' },
        { field: 'provider', from: 'e-LfH', to: '' },
        { field: 'evidence', from: null, to: 'ig.pdf' },
      ],
      [{ field: 'completedOn', from: '2025-10-01', to: '2026-03-01' }],
    ]);
    expect(correctionInWords(third.corrections[0]!)).toContain(
      'expiry date 31/01/2027 added; provider "e-LfH" removed; certificates ig.pdf added',
    );
    expect((await itemOf(backend, workerId, 'data-security')).status).toMatchObject({ date: '2027-01-31' });
  });

  it('refuses a correction that changes nothing, one of a replaced version, and a blank or identifying reason', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const first = await ok(backend, 'training.record', dataSecurity(workerId));

    const same = await refused(backend, 'CONFLICT', () => backend.call('training.correct', correction(first, {})));
    expect(same?.message).toBe('Nothing was changed: change what was wrong, or cancel');

    const blank = await refused(backend, 'VALIDATION', () =>
      backend.call('training.correct', correction(first, { completedOn: '2026-03-01', reason: '   ' })),
    );
    expect(blank?.details).toMatchObject({ fields: { reason: expect.stringContaining('Say what was wrong') } });
    const nhsNumber = await refused(backend, 'VALIDATION', () =>
      backend.call(
        'training.correct',
        correction(first, { completedOn: '2026-03-01', reason: 'Patient 943 476 5919' }),
      ),
    );
    expect(nhsNumber?.details).toMatchObject({ fields: { reason: expect.stringContaining('NHS number') } });
    await refused(backend, 'VALIDATION', () =>
      backend.call('training.correct', correction(first, { completedOn: '2099-01-01' })),
    );

    await ok(backend, 'training.correct', correction(first, { completedOn: '2026-03-01' }));
    const stale = await refused(backend, 'CONFLICT', () =>
      backend.call('training.correct', correction(first, { completedOn: '2026-04-01' })),
    );
    expect(stale?.message).toContain('has been corrected since');
    await refused(backend, 'CONFLICT', () =>
      backend.call('training.withdraw', { recordId: first.id, reason: 'Entered twice' }),
    );
    await refused(backend, 'NOT_FOUND', () =>
      backend.call('training.correct', correction({ ...first, id: 999 }, { completedOn: '2026-03-01' })),
    );
  });

  it('leaves a self-assessment that cited the record free to save again', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const first = await ok(backend, 'training.record', dataSecurity(workerId));
    const { id: assessmentId } = await ok(backend, 'assessment.start', { workerId });
    const { framework } = await ok(backend, 'assessment.get', { id: assessmentId });
    const competencyId = framework.areas[0]!.competencies[0]!.id;
    const rating = { assessmentId, competencyId, selfRating: 2 as const, evidenceRecordIds: [first.id] };
    await ok(backend, 'assessment.saveRating', rating);
    await ok(backend, 'training.correct', correction(first, { completedOn: '2026-03-01' }));
    await ok(backend, 'assessment.saveRating', { ...rating, reflection: 'Learnt to spot phishing' });
  });
});

describe('withdrawing a training record', () => {
  it('stops it counting, keeps it in the history with its reason, and refuses to withdraw or correct it again', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const record = await ok(backend, 'training.record', { ...dataSecurity(workerId), completedOn: '2026-03-01' });
    expect(await matrixStatus(backend, workerId, 'data-security')).toBe('complete');

    const withdrawn = await ok(backend, 'training.withdraw', {
      recordId: record.id,
      reason: 'Entered for the wrong person',
    });
    expect(withdrawn.withdrawal).toEqual({
      at: '2026-11-24T10:00:00.000Z',
      by: expect.stringContaining('tester'),
      reason: 'Entered for the wrong person',
    });
    const item = await itemOf(backend, workerId, 'data-security');
    expect(item.records).toEqual([withdrawn]);
    expect(item.status.status).not.toBe('complete');
    expect(await matrixStatus(backend, workerId, 'data-security')).toBe(item.status.status);
    const { entries } = await ok(backend, 'audit.list', { workerId, limit: 1, offset: 0 });
    expect(entries[0]).toMatchObject({
      action: 'training.withdraw',
      summary: expect.stringMatching(
        /^Withdrew Data security .* \(completed 01\/03\/2026\) for Florence Ndlovu: Entered for the wrong person$/,
      ),
    });

    const twice = await refused(backend, 'CONFLICT', () =>
      backend.call('training.withdraw', { recordId: record.id, reason: 'Entered twice' }),
    );
    expect(twice?.message).toMatch(
      /^This record was withdrawn on 24\/11\/2026 by .*: Entered for the wrong person\. It cannot be withdrawn again$/,
    );
    const correcting = await refused(backend, 'CONFLICT', () =>
      backend.call('training.correct', correction(record, { completedOn: '2026-04-01' })),
    );
    expect(correcting?.message).toContain('It cannot be corrected: record the training again instead');
    await refused(backend, 'CONFLICT', () => backend.call('training.verify', { recordId: record.id }));
    const blank = await refused(backend, 'VALIDATION', () =>
      backend.call('training.withdraw', { recordId: record.id, reason: '' }),
    );
    expect(blank?.details).toMatchObject({ fields: { reason: expect.stringContaining('Say why it is withdrawn') } });
  });

  it('takes a withdrawn record out of the claim check', async () => {
    const backend = testBackend();
    const { ready } = await threeLines(backend);
    const line = async () =>
      (await ok(backend, 'claim.view', { month: MONTH })).data.lines.find((l) => l.workerId === ready);
    expect((await line())?.meetsTrainingRequirements).toBe(true);
    const elfh = (await itemOf(backend, ready, 'splw-elfh-programme')).records[0]!;
    await ok(backend, 'training.withdraw', { recordId: elfh.id, reason: 'Certificate was for another course' });
    expect(await line()).toMatchObject({
      meetsTrainingRequirements: false,
      trainingReason: expect.stringContaining('e-LfH'),
    });
  });

  it('keeps the audit chain and the integrity check clear', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const record = await ok(backend, 'training.record', dataSecurity(workerId));
    const corrected = await ok(backend, 'training.correct', correction(record, { completedOn: '2026-03-01' }));
    await ok(backend, 'training.withdraw', { recordId: corrected.id, reason: 'Entered for the wrong person' });
    expect((await ok(backend, 'audit.checkIntegrity', {})).findings).toEqual([]);
  });
});

describe('every version of a training record is kept as written', () => {
  it('refuses changes, deletions and a second withdrawal made with plain SQL', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const record = await ok(backend, 'training.record', dataSecurity(workerId));
    const corrected = await ok(backend, 'training.correct', correction(record, { completedOn: '2026-03-01' }));
    const { db } = backend.ctx;
    const run = (text: string) => () => db.prepare(text).run();

    expect(run(`UPDATE training_record SET completed_on = '2026-02-01' WHERE id = ${corrected.id}`)).toThrow(
      'A training record is never changed, only verified or withdrawn: correct it as a new version',
    );
    expect(run(`DELETE FROM training_record WHERE id = ${record.id}`)).toThrow('never deleted');
    expect(
      run(
        `UPDATE training_record SET withdrawn_at = 'x', withdrawn_by = 'x', withdrawn_reason = 'x' WHERE id = ${record.id}`,
      ),
    ).toThrow('Only the current version of a training record can be withdrawn');
    expect(
      run(`INSERT INTO training_record (worker_id, requirement_id, status, completed_on, created_at, replaces_id,
             correction_reason, corrected_by)
           VALUES (${workerId}, 'data-security', 'completed', '2026-04-01', 'x', ${record.id}, 'x', 'x')`),
    ).toThrow('UNIQUE');

    await ok(backend, 'training.withdraw', { recordId: corrected.id, reason: 'Entered for the wrong person' });
    expect(run(`UPDATE training_record SET withdrawn_at = NULL, withdrawn_by = NULL, withdrawn_reason = NULL`)).toThrow(
      'only verified or withdrawn',
    );
    expect(
      run(`INSERT INTO training_record (worker_id, requirement_id, status, completed_on, created_at, replaces_id,
             correction_reason, corrected_by)
           VALUES (${workerId}, 'data-security', 'completed', '2026-04-01', 'x', ${corrected.id}, 'x', 'x')`),
    ).toThrow('A correction replaces a record in force, of the same person and requirement');
  });
});

describe('a worker correcting their own record (team mode)', () => {
  it('makes the corrected version self-reported until the lead verifies it, and may not withdraw', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const { caller } = await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
    const leads = await ok(backend, 'training.record', dataSecurity(workerId));

    const own = await backend.callAs(caller, 'training.correct', correction(leads, { completedOn: '2026-03-01' }));
    expect(own).toMatchObject({ ok: true, value: { selfReported: true, verifiedAt: null } });
    const withdrawing = await backend.callAs(caller, 'training.withdraw', {
      recordId: own.ok ? own.value.id : 0,
      reason: 'I entered it twice',
    });
    expect(withdrawing).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('undoing an induction tick', () => {
  const tick = (workerId: number): InputOf<'training.record'> => ({
    workerId,
    requirementId: 'induction-splw-pathways',
    status: 'completed',
    completedOn: '2026-04-03',
    signedOffBy: 'Dr Asha Patel',
  });

  it('opens the item again, shows who undid it and why, and is audited', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    await ok(backend, 'training.record', tick(workerId));
    expect((await itemOf(backend, workerId, 'induction-splw-pathways')).status.status).toBe('complete');

    const after = await ok(backend, 'induction.undoTick', {
      workerId,
      requirementId: 'induction-splw-pathways',
      reason: 'Ticked for the wrong person',
    });
    const item = after.items.find((i) => i.requirement.id === 'induction-splw-pathways');
    expect(item?.status.status).not.toBe('complete');
    expect(item?.records[0]?.withdrawal).toMatchObject({
      at: '2026-11-24T10:00:00.000Z',
      by: expect.stringContaining('tester'),
      reason: 'Ticked for the wrong person',
    });
    const { entries } = await ok(backend, 'audit.list', { workerId, limit: 1, offset: 0 });
    expect(entries[0]).toMatchObject({
      action: 'induction.undoTick',
      summary: expect.stringMatching(/^Undid the tick on ".*" for Florence Ndlovu: Ticked for the wrong person$/),
    });

    const again = await refused(backend, 'CONFLICT', () =>
      backend.call('induction.undoTick', {
        workerId,
        requirementId: 'induction-splw-pathways',
        reason: 'Ticked for the wrong person',
      }),
    );
    expect(again?.message).toMatch(/is not ticked for Florence Ndlovu$/);
  });

  it('refuses an item that is not on the checklist, and a missing reason', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    await ok(backend, 'training.record', tick(workerId));
    const notInduction = await refused(backend, 'VALIDATION', () =>
      backend.call('induction.undoTick', { workerId, requirementId: 'fire-safety', reason: 'Not needed at all' }),
    );
    expect(notInduction?.details).toMatchObject({ fields: { requirementId: expect.stringContaining('induction') } });
    await refused(backend, 'VALIDATION', () =>
      backend.call('induction.undoTick', { workerId, requirementId: 'induction-splw-pathways', reason: 'no' }),
    );
  });
});
