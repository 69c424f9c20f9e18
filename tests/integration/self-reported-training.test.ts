import { describe, expect, it } from 'vitest';
import { count, ok, testBackend } from '../support/backend.ts';
import { accountFor } from '../support/accounts.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

const fireSafety = (workerId: number) =>
  ({ workerId, requirementId: 'fire-safety', status: 'completed', completedOn: '2026-11-02' }) as const;

async function workerWithAccount() {
  const backend = testBackend();
  const { workerId } = await supervisedLinkWorker(backend);
  const { caller } = await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
  return { backend, workerId, worker: caller };
}

describe('training a worker records for themself', () => {
  it('is self-reported until the lead verifies it, which is audited and names who verified', async () => {
    const { backend, workerId, worker } = await workerWithAccount();
    const own = await backend.callAs(worker, 'training.record', fireSafety(workerId));
    if (!own.ok) throw new Error(own.error.message);
    expect(own.value).toMatchObject({ selfReported: true, verifiedAt: null, verifiedBy: null });

    const verified = await ok(backend, 'training.verify', { recordId: own.value.id });
    expect(verified.verifiedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(verified.verifiedBy).toContain('tester');
    const audit = await ok(backend, 'audit.list', { workerId, limit: 5, offset: 0 });
    expect(audit.entries[0]?.summary).toBe('Verified Fire safety, recorded by the worker themself');
  });

  it('is not asked of a record the lead made, nor twice, and the worker cannot verify their own', async () => {
    const { backend, workerId, worker } = await workerWithAccount();
    const leads = await ok(backend, 'training.record', fireSafety(workerId));
    expect(leads.selfReported).toBe(false);
    const notNeeded = await backend.call('training.verify', { recordId: leads.id });
    expect(notNeeded).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const own = await backend.callAs(worker, 'training.record', fireSafety(workerId));
    if (!own.ok) throw new Error(own.error.message);
    const bySelf = await backend.callAs(worker, 'training.verify', { recordId: own.value.id });
    expect(bySelf).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ok(backend, 'training.verify', { recordId: own.value.id });
    const auditRows = count(backend, 'audit_log');
    const again = await backend.call('training.verify', { recordId: own.value.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count(backend, 'audit_log')).toBe(auditRows);
  });
});
