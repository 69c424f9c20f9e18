import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { unsentRemindersFor } from '../../src/backend/mail/digest-queries.ts';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { ok, testBackend } from '../support/backend.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';

/** Tuesday 08/12/2026: a link worker who started on 01/09/2026 had data security due a week ago. */
const TODAY = '2026-12-08';

interface Row {
  stepKey: string;
  recipient: string;
  createdOn: string;
  resolvedOn: string | null;
}

const remindersOf = (backend: Backend, workerId: number, itemKey?: string): Row[] =>
  backend.ctx.db
    .prepare(
      `SELECT step_key AS stepKey, recipient, created_on AS createdOn, resolved_on AS resolvedOn FROM reminder
       WHERE worker_id = ? AND (? IS NULL OR item_key = ?) ORDER BY id`,
    )
    .all(workerId, itemKey ?? null, itemKey ?? null) as Row[];

function listen(backend: Backend): DataChange[] {
  const heard: DataChange[] = [];
  backend.onChange((change) => heard.push(change));
  return heard;
}

/** A PCN with its GP supervising a link worker who started on 01/09/2026 (added today, through the one door). */
async function starter(name = 'Florence Ndlovu') {
  const backend = testBackend(`${TODAY}T10:00:00Z`);
  const { gpId } = await pcnWithGp(backend);
  const worker = await ok(backend, 'worker.create', linkWorker({ name, supervisorId: gpId, startDate: '2026-09-01' }));
  return { backend, workerId: worker.id, gpId };
}

const recordDataSecurity = (backend: Backend, workerId: number) =>
  ok(backend, 'training.record', {
    workerId,
    requirementId: 'data-security',
    status: 'completed',
    completedOn: TODAY,
  });

/** The lead's e-mail digest as it would go now, by title. */
const leadsDigest = (backend: Backend) =>
  unsentRemindersFor(backend.ctx.db, { id: 1, email: 'lead@example.nhs.uk', name: 'Lead', recipients: ['lead'] }).map(
    (item) => item.title,
  );

describe('a reminder stays true after its item is done', () => {
  it('recording the training resolves its reminders for every recipient, in the same announced change', async () => {
    const { backend, workerId, gpId } = await starter();
    const before = await ok(backend, 'notification.list', { offset: 0, limit: 100 });
    expect(remindersOf(backend, workerId, 'data-security')).toEqual(
      [`worker:${workerId}`, `colleague:${gpId}`, 'lead'].map((recipient) => ({
        stepKey: 'overdue-1',
        recipient,
        createdOn: TODAY,
        resolvedOn: null,
      })),
    );
    expect(leadsDigest(backend)).toContain('Data security for Florence Ndlovu was due on 01/12/2026');

    const heard = listen(backend);
    await recordDataSecurity(backend, workerId);

    expect(remindersOf(backend, workerId, 'data-security').map((r) => r.resolvedOn)).toEqual([TODAY, TODAY, TODAY]);
    // One announcement: the reminders' own write sets off no further round.
    expect(heard).toEqual([
      expect.objectContaining({ domains: ['training', 'audit', 'reminders'], workerIds: [workerId] }),
    ]);
    const after = await ok(backend, 'notification.list', { offset: 0, limit: 100 });
    expect(after.unread).toBe(before.unread - 1);
    expect(after.total).toBe(before.total);
    expect(after.items.find((n) => n.title.startsWith('Data security'))).toMatchObject({
      read: false,
      resolvedOn: TODAY,
    });
    expect(leadsDigest(backend)).not.toContain('Data security for Florence Ndlovu was due on 01/12/2026');
    expect(leadsDigest(backend).length).toBeGreaterThan(0);
  });

  it('offers no resolved reminder in the desktop notice', async () => {
    const { backend, workerId } = await starter();
    await recordDataSecurity(backend, workerId);
    const notice = await ok(backend, 'notification.desktopDue', {});
    expect(notice.unread).toBeGreaterThan(0);
    expect(notice.items.map((n) => n.title).filter((t) => t.startsWith('Data security'))).toEqual([]);
    expect(notice.items.every((n) => n.resolvedOn === null)).toBe(true);
  });

  it('reopens them when the record is withdrawn, as the item stands again', async () => {
    const { backend, workerId } = await starter();
    const record = await recordDataSecurity(backend, workerId);
    await ok(backend, 'training.withdraw', { recordId: record.id, reason: 'Recorded against the wrong person' });
    expect(remindersOf(backend, workerId, 'data-security').map((r) => r.resolvedOn)).toEqual([null, null, null]);
  });

  it('resolves a leaver’s open reminders the day their leaving is recorded', async () => {
    const { backend, workerId } = await starter();
    expect(remindersOf(backend, workerId).length).toBeGreaterThan(3);
    await ok(backend, 'worker.markLeaver', { id: workerId, leavingDate: '2026-12-07' });
    expect(remindersOf(backend, workerId).every((r) => r.resolvedOn === TODAY)).toBe(true);
    expect((await ok(backend, 'notification.list', { offset: 0, limit: 100 })).unread).toBe(0);
  });

  it('resolves the reminders of an item the person is made exempt from', async () => {
    const { backend, workerId } = await starter();
    await ok(backend, 'training.exempt', {
      workerId,
      requirementId: 'data-security',
      reason: 'Completed with the previous employer',
    });
    expect(remindersOf(backend, workerId, 'data-security').map((r) => r.resolvedOn)).toEqual([TODAY, TODAY, TODAY]);
    expect(remindersOf(backend, workerId).some((r) => r.resolvedOn === null)).toBe(true);
  });
});

describe('a worker added or changed during the day is reminded that day', () => {
  it('reminds a worker added today of what is already overdue, announcing it to open bells', async () => {
    const backend = testBackend(`${TODAY}T10:00:00Z`);
    const { gpId } = await pcnWithGp(backend);
    await ok(backend, 'notification.list', { offset: 0, limit: 20 }); // Today's round has run.
    const heard = listen(backend);

    const { id } = await ok(backend, 'worker.create', linkWorker({ supervisorId: gpId, startDate: '2026-09-01' }));

    expect(remindersOf(backend, id, 'data-security')).toHaveLength(3);
    expect(remindersOf(backend, id).every((r) => r.createdOn === TODAY)).toBe(true);
    expect(heard).toEqual([expect.objectContaining({ domains: ['staff', 'audit', 'reminders'], workerIds: [id] })]);
  });

  it('brings only the workers a write touched up to date', async () => {
    const { backend, workerId: florence } = await starter();
    const { id: sam } = await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okafor', startDate: '2026-09-01' }));
    // Sam's reminders made stale behind the backend's back: only a write about Sam may set them right.
    backend.ctx.db.prepare("UPDATE reminder SET due_date = '2026-11-30' WHERE worker_id = ?").run(sam);
    const samsBefore = remindersOf(backend, sam);

    await recordDataSecurity(backend, florence);
    expect(remindersOf(backend, sam)).toEqual(samsBefore);

    await recordDataSecurity(backend, sam);
    const samsAfter = remindersOf(backend, sam);
    expect(samsAfter.slice(0, samsBefore.length).every((r) => r.resolvedOn === TODAY)).toBe(true);
    // Sam's items still standing are reminded again under their true due dates.
    expect(samsAfter.slice(samsBefore.length).every((r) => r.resolvedOn === null)).toBe(true);
    expect(samsAfter.length).toBeGreaterThan(samsBefore.length);
  });
});
