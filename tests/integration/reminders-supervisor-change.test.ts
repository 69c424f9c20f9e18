import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { ok, testBackend } from '../support/backend.ts';
import { accountCaller } from '../support/callers.ts';
import { many } from '../support/example-people.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';

/** Tuesday 08/12/2026: a link worker who started on 01/09/2026 had data security due a week ago. */
const TODAY = '2026-12-08';
/** A week on, the overdue repeat's next step. */
const NEXT_STEP_DAY = '2026-12-15';

/** Florence, supervised by the GP, and a second supervisor, each signed in to their own account. */
async function supervisedThenHandedOver() {
  const backend = testBackend(`${TODAY}T10:00:00Z`);
  const { gpId } = await pcnWithGp(backend);
  const nurse = await ok(backend, 'colleague.create', { name: 'Ola Ade', jobTitle: 'Practice nurse', practiceId: 1 });
  const fields = linkWorker({ supervisorId: gpId, startDate: '2026-09-01' });
  const { id: workerId } = await ok(backend, 'worker.create', fields);
  const handOver = () => ok(backend, 'worker.update', { id: workerId, fields: { ...fields, supervisorId: nurse.id } });
  const oldSupervisor = accountCaller({ accountId: 2, colleagueId: gpId });
  const newSupervisor = accountCaller({ accountId: 3, colleagueId: nurse.id });
  return { backend, workerId, gpId, nurseId: nurse.id, handOver, oldSupervisor, newSupervisor };
}

async function bell(backend: Backend, caller: ReturnType<typeof accountCaller>) {
  const envelope = await backend.callAs(caller, 'notification.list', { offset: 0, limit: 100 });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

describe('a worker’s new supervisor', () => {
  it('takes the worker’s reminders from the old supervisor’s bell and unread count', async () => {
    const { backend, handOver, oldSupervisor } = await supervisedThenHandedOver();
    const before = await bell(backend, oldSupervisor);
    expect(before.total).toBeGreaterThan(0);
    expect(before.unread).toBeGreaterThan(0);

    await handOver();

    expect(await bell(backend, oldSupervisor)).toEqual({ items: [], total: 0, unread: 0 });
    const notice = await backend.callAs(oldSupervisor, 'notification.desktopDue', {});
    expect(notice).toMatchObject({ ok: true, value: { items: [], unread: 0 } });
  });

  it('hears the worker’s reminders from the next step on, not the step already sent', async () => {
    const { backend, workerId, gpId, nurseId, handOver, newSupervisor, oldSupervisor } =
      await supervisedThenHandedOver();
    await handOver();
    expect(await bell(backend, newSupervisor)).toMatchObject({ total: 0 });

    backend.ctx.now = () => new Date(`${NEXT_STEP_DAY}T09:00:00Z`);
    const page = await bell(backend, newSupervisor);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((n) => n.workerId === workerId && n.createdOn === NEXT_STEP_DAY)).toBe(true);
    expect((await bell(backend, oldSupervisor)).total).toBe(0);
    const recipientsToday = many<string>(
      backend,
      'SELECT DISTINCT recipient FROM reminder WHERE created_on = ? ORDER BY recipient',
      NEXT_STEP_DAY,
    );
    expect(recipientsToday).toContain(`colleague:${nurseId}`);
    expect(recipientsToday).not.toContain(`colleague:${gpId}`);
  });

  it('gives the reminders back to a supervisor named again', async () => {
    const { backend, workerId, gpId, handOver, oldSupervisor } = await supervisedThenHandedOver();
    const before = await bell(backend, oldSupervisor);
    await handOver();
    await ok(backend, 'worker.update', {
      id: workerId,
      fields: linkWorker({ supervisorId: gpId, startDate: '2026-09-01' }),
    });
    expect(await bell(backend, oldSupervisor)).toEqual(before);
  });
});
