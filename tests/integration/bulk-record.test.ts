import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { tinyPdf } from '../support/files.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';

/** Three social prescribing link workers and one health and wellbeing coach, in a PCN on a pinned day. */
async function team(backend: Backend) {
  await pcnWithGp(backend);
  const names = ['Asha Patel', 'Ben Okafor', 'Cara Jones'];
  const splws: number[] = [];
  for (const name of names) splws.push((await ok(backend, 'worker.create', linkWorker({ name }))).id);
  const coach = await ok(backend, 'worker.create', linkWorker({ name: 'Tom Ward', role: 'hwbc' }));
  return { splws, coach: coach.id };
}

const course = (workerIds: number[], change: Partial<InputOf<'training.recordMany'>> = {}) => ({
  workerIds,
  requirementId: 'splw-pci-training',
  status: 'completed' as const,
  completedOn: '2026-11-02',
  ...change,
});

const certificate = (workerId: number, label: string) => ({
  workerId,
  file: { fileName: `${label}.pdf`, dataBase64: tinyPdf(label).toString('base64') },
});

const recordsOf = async (backend: Backend, workerId: number, requirementId: string) =>
  (await ok(backend, 'compliance.worker', { workerId })).items.find((i) => i.requirement.id === requirementId)
    ?.records ?? [];

describe('recording one course for several people', () => {
  it('gives each of three people exactly one record, each audited', async () => {
    const backend = testBackend();
    const { splws } = await team(backend);
    const auditBefore = count(backend, 'audit_log');

    const records = await ok(backend, 'training.recordMany', course(splws));

    expect(records.map((r) => r.workerId)).toEqual(splws);
    expect(count(backend, 'training_record')).toBe(3);
    for (const workerId of splws) {
      const own = await recordsOf(backend, workerId, 'splw-pci-training');
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ completedOn: '2026-11-02', status: 'completed', selfReported: false });
    }
    expect(count(backend, 'audit_log')).toBe(auditBefore + 3);
  });

  it('refuses everyone, naming the person it does not apply to, and writes nothing', async () => {
    const backend = testBackend();
    const { splws, coach } = await team(backend);
    const auditBefore = count(backend, 'audit_log');

    const refused = await backend.call(
      'training.recordMany',
      course([...splws, coach], { certificates: [certificate(splws[0] ?? 0, 'asha')] }),
    );

    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.message).toContain('Tom Ward');
    expect(refused.error.message).not.toContain('Asha Patel');
    expect(refused.error.details?.fields).toHaveProperty('workerIds');
    expect(count(backend, 'training_record') + count(backend, 'record_evidence')).toBe(0);
    expect(count(backend, 'audit_log')).toBe(auditBefore);
  });

  it('stores each person their own certificate, and none for someone without one', async () => {
    const backend = testBackend();
    const { splws } = await team(backend);
    const [asha = 0, ben = 0, cara = 0] = splws;

    await ok(
      backend,
      'training.recordMany',
      course(splws, { certificates: [certificate(asha, 'asha'), certificate(cara, 'cara')] }),
    );

    const certificatesOf = async (workerId: number) =>
      (await recordsOf(backend, workerId, 'splw-pci-training')).flatMap((r) => r.evidence.map((e) => e.originalName));
    expect(await certificatesOf(asha)).toEqual(['asha.pdf']);
    expect(await certificatesOf(ben)).toEqual([]);
    expect(await certificatesOf(cara)).toEqual(['cara.pdf']);
  });

  it('ticks one induction item for several people, signed off as one tick is', async () => {
    const backend = testBackend();
    const { splws, coach } = await team(backend);
    const everyone = [...splws, coach];
    await ok(
      backend,
      'training.recordMany',
      course(everyone, { requirementId: 'induction-site', signedOffBy: 'Dr Asha Patel', completedOn: '2026-11-03' }),
    );
    for (const workerId of everyone) {
      expect(await recordsOf(backend, workerId, 'induction-site')).toEqual([
        expect.objectContaining({ completedOn: '2026-11-03', signedOffBy: 'Dr Asha Patel' }),
      ]);
    }
  });

  it('applies the one-record rules: a completion date in the future refuses everyone', async () => {
    const backend = testBackend();
    const { splws } = await team(backend);
    const refused = await backend.call('training.recordMany', course(splws, { completedOn: '2027-03-01' }));
    expect(refused.ok ? null : refused.error.details?.fields).toHaveProperty('completedOn');
    expect(count(backend, 'training_record')).toBe(0);
  });

  it('refuses a certificate for someone not chosen, and more than 200 people', async () => {
    const backend = testBackend();
    const { splws, coach } = await team(backend);
    const stray = await backend.call('training.recordMany', course(splws, { certificates: [certificate(coach, 'x')] }));
    expect(stray.ok ? null : stray.error.code).toBe('VALIDATION');
    const crowd = Array.from({ length: 201 }, (_, i) => i + 1);
    const tooMany = await backend.call('training.recordMany', course(crowd));
    expect(tooMany.ok ? null : tooMany.error.message).toContain('at most 200 people');
    expect(count(backend, 'training_record')).toBe(0);
  });
});
