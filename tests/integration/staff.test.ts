import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { count, ok, testBackend } from '../support/backend.ts';

async function setUp(backend: Backend) {
  await ok(backend, 'app.setUpPcn', {
    pcn: { name: 'Riverside PCN', odsCode: 'u12345', fullTimeHours: 37.5 },
    practices: [
      { name: 'Riverside Surgery', odsCode: 'A81001' },
      { name: 'Millbrook Medical Centre', odsCode: 'A81002' },
    ],
    leadPracticeIndex: 0,
  });
  const [lead] = await ok(backend, 'employer.list', {});
  const gp = await ok(backend, 'colleague.create', { name: 'Dr Asha Patel', jobTitle: 'GP partner', practiceId: null });
  return { employerId: lead?.id as number, gpId: gp.id };
}

function worker(employerId: number, change: Partial<InputOf<'worker.create'>> = {}): InputOf<'worker.create'> {
  return {
    name: 'Florence Ndlovu',
    role: 'splw',
    employerId,
    basePracticeId: null,
    arrsFunded: true,
    startDate: '2025-04-01',
    leavingDate: null,
    hoursPerWeek: 30,
    supervisorId: null,
    firstContactId: null,
    ...change,
  };
}

describe('the staff register', () => {
  it('sets up a PCN with its practices and the lead practice as an employer', async () => {
    const backend = testBackend();
    await setUp(backend);
    const status = await ok(backend, 'app.status', {});
    expect(status.pcn).toEqual({ name: 'Riverside PCN', odsCode: 'U12345', fullTimeHours: 37.5 });
    expect(await ok(backend, 'employer.list', {})).toEqual([
      { id: 1, name: 'Riverside Surgery', kind: 'lead_practice' },
    ]);
    const again = await backend.call('app.setUpPcn', {
      pcn: { name: 'Other', odsCode: 'U99999', fullTimeHours: 37.5 },
      practices: [{ name: 'X', odsCode: 'X00001' }],
      leadPracticeIndex: 0,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('writes nothing when the set-up repeats an ODS code', async () => {
    const backend = testBackend();
    const tables = ['pcn', 'practice', 'employer', 'audit_log'];
    const before = tables.map((t) => count(backend, t));
    const result = await backend.call('app.setUpPcn', {
      pcn: { name: 'Riverside PCN', odsCode: 'U12345', fullTimeHours: 37.5 },
      practices: [
        { name: 'A', odsCode: 'A81001' },
        { name: 'B', odsCode: 'a81001' },
      ],
      leadPracticeIndex: 0,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'practices.1.odsCode': 'ODS code A81001 is used twice' } } },
    });
    expect(tables.map((t) => count(backend, t))).toEqual(before);
  });

  it('adds a worker and records who did it and what they entered', async () => {
    const backend = testBackend();
    const { employerId, gpId } = await setUp(backend);
    const created = await ok(backend, 'worker.create', worker(employerId, { supervisorId: gpId }));
    expect(created).toMatchObject({ name: 'Florence Ndlovu', arrsFunded: true, supervisorId: gpId });

    const row = await ok(backend, 'worker.get', { id: created.id });
    expect(row).toMatchObject({ employerName: 'Riverside Surgery', supervisorName: 'Dr Asha Patel' });
    const { entries } = await ok(backend, 'audit.list', { workerId: created.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'worker.create',
      actor: 'tester',
      at: '2026-11-24T10:00:00.000Z',
      before: null,
      after: created,
    });
  });

  describe('refuses bad input with a typed error naming the field, and writes nothing', () => {
    it.each<[string, Partial<InputOf<'worker.create'>>, string, RegExp]>([
      ['an empty name', { name: '   ' }, 'name', /Enter the worker’s name/],
      [
        'a leaving date before the start date',
        { leavingDate: '2025-03-31' },
        'leavingDate',
        /cannot be before the start date/,
      ],
      ['negative hours', { hoursPerWeek: -1 }, 'hoursPerWeek', /cannot be negative/],
      ['hours above 60', { hoursPerWeek: 60.5 }, 'hoursPerWeek', /cannot be above 60/],
      ['an unknown role', { role: 'receptionist' as never }, 'role', /Choose a role/],
      ['an unknown employer', { employerId: 999 }, 'employerId', /That employer does not exist/],
      ['an impossible date', { startDate: '2025-02-30' }, 'startDate', /not a real date/],
      ['an unknown supervisor', { supervisorId: 999 }, 'supervisorId', /not in the register/],
    ])('%s', async (_what, change, field, message) => {
      const backend = testBackend();
      const { employerId } = await setUp(backend);
      const auditBefore = count(backend, 'audit_log');

      const result = await backend.call('worker.create', worker(employerId, change));

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.details?.fields?.[field]).toMatch(message);
      expect(count(backend, 'worker')).toBe(0);
      expect(count(backend, 'audit_log')).toBe(auditBefore);
    });
  });

  it('records the values before and after an edit', async () => {
    const backend = testBackend();
    const { employerId } = await setUp(backend);
    const created = await ok(backend, 'worker.create', worker(employerId));
    await ok(backend, 'worker.update', { id: created.id, fields: { ...worker(employerId), hoursPerWeek: 37.5 } });

    const { entries } = await ok(backend, 'audit.list', { workerId: created.id });
    expect(entries[0]).toMatchObject({
      action: 'worker.update',
      summary: 'Changed hours a week for worker Florence Ndlovu',
      before: { hoursPerWeek: 30 },
      after: { hoursPerWeek: 37.5 },
    });
  });

  it('names the field of an edit the same way as of a new worker', async () => {
    const backend = testBackend();
    const { employerId } = await setUp(backend);
    const { id } = await ok(backend, 'worker.create', worker(employerId));
    const result = await backend.call('worker.update', { id, fields: { ...worker(employerId), name: '' } });
    expect(result).toMatchObject({ ok: false, error: { details: { fields: { name: 'Enter the worker’s name' } } } });
  });

  it('marks a leaver, refusing a leaving date before the start', async () => {
    const backend = testBackend();
    const { employerId } = await setUp(backend);
    const { id } = await ok(backend, 'worker.create', worker(employerId));

    const early = await backend.call('worker.markLeaver', { id, leavingDate: '2025-01-31' });
    expect(early).toMatchObject({
      ok: false,
      error: { details: { fields: { leavingDate: expect.stringMatching(/01\/04\/2025/) } } },
    });
    expect(await ok(backend, 'worker.markLeaver', { id, leavingDate: '2026-03-31' })).toMatchObject({
      leavingDate: '2026-03-31',
    });
  });

  it('removes a record made in error only with a reason, and keeps it in the audit log', async () => {
    const backend = testBackend();
    const { employerId } = await setUp(backend);
    const { id } = await ok(backend, 'worker.create', worker(employerId));

    expect(await backend.call('worker.removeMadeInError', { id, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(count(backend, 'worker')).toBe(1);
    await ok(backend, 'worker.removeMadeInError', { id, reason: 'Entered twice by mistake' });
    expect(count(backend, 'worker')).toBe(0);
    const { entries } = await ok(backend, 'audit.list', { workerId: id });
    expect(entries[0]).toMatchObject({
      action: 'worker.remove',
      summary: expect.stringContaining('Entered twice by mistake'),
      before: { name: 'Florence Ndlovu' },
    });
  });

  it('keeps the audit log append-only', async () => {
    const backend = testBackend();
    await setUp(backend);
    expect(() => backend.ctx.db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => backend.ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('attributes changes to the person chosen as the current user', async () => {
    const backend = testBackend();
    const { employerId, gpId } = await setUp(backend);
    await ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: gpId } });
    const { id } = await ok(backend, 'worker.create', worker(employerId));
    const { entries } = await ok(backend, 'audit.list', { workerId: id });
    expect(entries[0]?.actor).toBe('Dr Asha Patel (computer user tester)');
    expect(await backend.call('app.setCurrentUser', { person: { kind: 'worker', id: 999 } })).toMatchObject({
      ok: false,
    });
  });

  it('answers an unknown method or a malformed call with a typed error', async () => {
    const backend = testBackend();
    expect(await backend.handle({ method: 'worker.drop', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await backend.handle('nonsense')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await backend.handle({ method: 'worker.get', input: { id: 'one' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { id: expect.any(String) } } },
    });
  });
});
