import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { INDUCTION_COLUMN } from '../../src/shared/domain/compliance.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { PNG_1X1, tinyPdf } from '../support/files.ts';
import { pdfText } from '../support/pdf-text.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';
import { decodeMatrix } from '../../src/shared/rules/matrix-wire.ts';

async function pcnWithWorkers(backend: Backend) {
  await pcnWithGp(backend);
  const splw = await ok(backend, 'worker.create', linkWorker());
  const coach = await ok(backend, 'worker.create', linkWorker({ name: 'Tom Ward', role: 'hwbc' }));
  return { splw: splw.id, coach: coach.id };
}

const record = (workerId: number, change: Partial<InputOf<'training.record'>> = {}): InputOf<'training.record'> => ({
  workerId,
  requirementId: 'safeguarding-adults',
  status: 'completed',
  completedOn: '2025-05-01',
  ...change,
});

const upload = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') });

describe('requirements and training records', () => {
  it('attach requirements to a worker by role', async () => {
    const backend = testBackend();
    const { splw, coach } = await pcnWithWorkers(backend);
    const ids = async (workerId: number) =>
      (await ok(backend, 'compliance.worker', { workerId })).items.map((i) => i.requirement.id);
    expect(await ids(splw)).toContain('splw-elfh-programme');
    expect(await ids(splw)).toContain('induction-splw-pathways');
    expect(await ids(coach)).not.toContain('splw-elfh-programme');
    expect(await ids(coach)).toContain('hwbc-pci-coaching');
    expect(await ids(coach)).toContain('safeguarding-adults');
  });

  it('keep the earlier record when a renewal is recorded, and count the latest', async () => {
    const backend = testBackend();
    const { splw } = await pcnWithWorkers(backend);
    await ok(backend, 'training.record', record(splw, { requirementId: 'data-security', completedOn: '2025-04-10' }));
    await ok(backend, 'training.record', record(splw, { requirementId: 'data-security', completedOn: '2026-04-01' }));
    const item = (await ok(backend, 'compliance.worker', { workerId: splw })).items.find(
      (i) => i.requirement.id === 'data-security',
    );
    expect(item?.records.map((r) => r.completedOn)).toEqual(['2026-04-01', '2025-04-10']);
    expect(item?.status).toMatchObject({ status: 'complete', date: '2027-04-01' });
  });

  it('record an exemption, with its reason, in the audit log', async () => {
    const backend = testBackend();
    const { splw } = await pcnWithWorkers(backend);
    const after = await ok(backend, 'training.exempt', {
      workerId: splw,
      requirementId: 'fire-safety',
      reason: 'Completed with the host trust',
    });
    expect(after.items.find((i) => i.requirement.id === 'fire-safety')?.status).toMatchObject({
      status: 'exempt',
      reason: 'Exempt: Completed with the host trust',
    });
    const { entries } = await ok(backend, 'audit.list', { workerId: splw });
    expect(entries[0]).toMatchObject({
      action: 'training.exempt',
      summary: expect.stringContaining('Completed with the host trust'),
    });
    const ended = await ok(backend, 'training.endExemption', { workerId: splw, requirementId: 'fire-safety' });
    expect(ended.items.find((i) => i.requirement.id === 'fire-safety')?.status.status).not.toBe('not_required');
  });

  it('store the same certificate content once, and a hostile file name safely inside the data folder', async () => {
    const backend = testBackend();
    const { splw } = await pcnWithWorkers(backend);
    const pdf = tinyPdf('Safeguarding level 2');
    await ok(backend, 'training.record', record(splw, { evidence: [upload('../../evil.pdf', pdf)] }));
    const second = await ok(
      backend,
      'training.record',
      record(splw, { completedOn: '2025-06-01', evidence: [upload('copy.pdf', pdf)] }),
    );

    expect(count(backend, 'evidence_file')).toBe(1);
    expect(count(backend, 'record_evidence')).toBe(2);
    const dataDir = backend.ctx.dataDir;
    const stored = fs
      .readdirSync(path.join(dataDir, 'evidence'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile());
    expect(stored).toHaveLength(1);
    expect(
      path.resolve(stored[0]?.parentPath ?? '', stored[0]?.name ?? '').startsWith(path.join(dataDir, 'evidence')),
    ).toBe(true);
    expect(fs.existsSync(path.resolve(dataDir, '../../evil.pdf'))).toBe(false);

    const download = await ok(backend, 'evidence.get', { fileId: second.evidence[0]?.fileId ?? 0 });
    expect(Buffer.from(download.dataBase64, 'base64').equals(pdf)).toBe(true);
    const history = await ok(backend, 'compliance.worker', { workerId: splw });
    const names = history.items
      .find((i) => i.requirement.id === 'safeguarding-adults')
      ?.records.flatMap((r) => r.evidence.map((e) => e.originalName));
    expect(names).toEqual(['copy.pdf', '../../evil.pdf']);
  });

  describe('refuse bad input with a named error, writing nothing', () => {
    it.each<[string, Partial<InputOf<'training.record'>>, string, RegExp]>([
      ['a completion date in the future', { completedOn: '2026-11-25' }, 'completedOn', /cannot be in the future/],
      ['an expiry before completion', { expiresOn: '2025-04-30' }, 'expiresOn', /must be after the completion date/],
      ['a completed record with no date', { completedOn: null }, 'completedOn', /Enter the date it was completed/],
      [
        'a file of another type',
        { evidence: [upload('notes.txt', Buffer.from('hello'))] },
        'evidence.0',
        /not a PDF, PNG or JPEG/,
      ],
      ['a PNG named as a PDF', { evidence: [upload('scan.pdf', PNG_1X1)] }, 'evidence.0', /not a PDF, PNG or JPEG/],
      [
        'a file over the size limit',
        { evidence: [upload('big.pdf', Buffer.concat([tinyPdf(), Buffer.alloc(11 * 1024 * 1024)]))] },
        'evidence.0',
        /is 11 MB; the limit is 10 MB/,
      ],
      [
        'a requirement for another role',
        { requirementId: 'hwbc-pci-coaching' },
        'requirementId',
        /does not apply to social prescribing link workers/,
      ],
    ])('%s', async (_what, change, field, message) => {
      const backend = testBackend();
      const { splw } = await pcnWithWorkers(backend);
      const auditBefore = count(backend, 'audit_log');
      const result = await backend.call('training.record', record(splw, change));
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.details?.fields?.[field]).toMatch(message);
      expect(count(backend, 'training_record') + count(backend, 'evidence_file')).toBe(0);
      expect(count(backend, 'audit_log')).toBe(auditBefore);
      expect(fs.existsSync(path.join(backend.ctx.dataDir, 'evidence'))).toBe(false);
    });
  });

  it('turns a matrix cell complete once recorded, and shows induction progress', async () => {
    const backend = testBackend();
    const { splw } = await pcnWithWorkers(backend);
    const cell = async (id: string) => {
      const matrix = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
      const column = matrix.columns.findIndex((c) => c.id === id);
      return matrix.rows.find((r) => r.workerId === splw)?.cells[column];
    };
    expect(await cell('splw-elfh-programme')).toMatchObject({ s: 'overdue', d: '2025-10-01' });
    await ok(
      backend,
      'training.record',
      record(splw, { requirementId: 'splw-elfh-programme', completedOn: '2025-09-01' }),
    );
    expect(await cell('splw-elfh-programme')).toEqual({ s: 'complete', d: '2025-09-01' });
    await ok(
      backend,
      'training.record',
      record(splw, { requirementId: 'induction-site', completedOn: '2025-04-02', signedOffBy: 'Dr Asha Patel' }),
    );
    expect(await cell(INDUCTION_COLUMN)).toMatchObject({ s: 'overdue', p: [1, 14] });
  });

  it('prints the induction checklist with the worker and the ticked items', async () => {
    const backend = testBackend();
    const { splw } = await pcnWithWorkers(backend);
    await ok(
      backend,
      'training.record',
      record(splw, { requirementId: 'induction-site', completedOn: '2025-04-02', signedOffBy: 'Dr Asha Patel' }),
    );
    const pdf = await ok(backend, 'induction.pdf', { workerId: splw });
    const text = await pdfText(Buffer.from(pdf.dataBase64, 'base64'));
    expect(text).toContain('Induction checklist');
    expect(text).toContain('Florence Ndlovu');
    expect(text).toMatch(/Site tour and practical details.*Done\s+02\/04\/2025\s+Dr Asha Patel/);
    expect(text).toContain('1 of 14 items done');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('refuses to remove a worker made in error once they have records', async () => {
    const backend = testBackend();
    const { splw } = await pcnWithWorkers(backend);
    await ok(backend, 'training.record', record(splw));
    expect(await backend.call('worker.removeMadeInError', { id: splw, reason: 'Entered twice' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('mark them as a leaver') },
    });
  });
});

describe('the matrix cache', () => {
  it('answers from memory until something changes, then recomputes', async () => {
    const backend = testBackend();
    const { splw } = await pcnWithWorkers(backend);
    const first = await ok(backend, 'compliance.matrix', {});
    expect(await ok(backend, 'compliance.matrix', {})).toBe(first);
    await ok(backend, 'training.record', record(splw, { requirementId: 'fire-safety' }));
    const after = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
    expect(after).not.toBe(first);
    const column = after.columns.findIndex((c) => c.id === 'fire-safety');
    expect(after.rows.find((r) => r.workerId === splw)?.cells[column]?.s).toBe('complete');
  });
});
