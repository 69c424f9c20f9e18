import { describe, expect, it } from 'vitest';
import { newestNotifications } from '../../src/shared/api/notification-pages.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { MAX_NOTIFICATIONS_PER_CALL } from '../../src/shared/domain/reminders.ts';
import { ok, testBackend } from '../support/backend.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';

const TODAY = '2026-12-08';
const RECORDED = 230;

/** A PCN whose one worker has far more reminders than one call may ask for, and the panel's calls to it. */
async function manyReminders() {
  const backend = testBackend(`${TODAY}T10:00:00Z`);
  await pcnWithGp(backend);
  const { id } = await ok(backend, 'worker.create', linkWorker());
  await ok(backend, 'notification.list', { offset: 0, limit: 1 }); // Today's round has run.
  backend.ctx.db.prepare('DELETE FROM reminder').run();
  const insert = backend.ctx.db.prepare(
    `INSERT INTO reminder (worker_id, kind, item_key, due_date, step_key, recipient, title, link, created_on)
     VALUES (?, 'training', ?, '2027-01-01', 'before-30', 'lead', ?, '/staff/1/training', ?)`,
  );
  for (let n = 1; n <= RECORDED; n++) insert.run(id, `item-${n}`, `Reminder ${n}`, TODAY);
  const calls: InputOf<'notification.list'>[] = [];
  const list = (page: InputOf<'notification.list'>) => {
    calls.push(page);
    return ok(backend, 'notification.list', page);
  };
  return { backend, list, calls };
}

describe('the notifications panel’s "Show more"', () => {
  it('goes on past one call’s limit, asking a page at a time and appending', async () => {
    const { backend, list, calls } = await manyReminders();
    const shown = await newestNotifications(list, 2 * MAX_NOTIFICATIONS_PER_CALL + 20);
    expect(calls).toEqual([
      { offset: 0, limit: 100 },
      { offset: 100, limit: 100 },
      { offset: 200, limit: 20 },
    ]);
    expect(shown.total).toBe(RECORDED);
    expect(shown.items).toHaveLength(220);
    expect(new Set(shown.items.map((n) => n.id)).size).toBe(220);
    const whole = [
      ...(await ok(backend, 'notification.list', { offset: 0, limit: 100 })).items,
      ...(await ok(backend, 'notification.list', { offset: 100, limit: 100 })).items,
      ...(await ok(backend, 'notification.list', { offset: 200, limit: 20 })).items,
    ];
    expect(shown.items).toEqual(whole);
  });

  it('stops at the last reminder, and asks once for a first page', async () => {
    const { list, calls } = await manyReminders();
    expect((await newestNotifications(list, 20)).items).toHaveLength(20);
    expect((await newestNotifications(list, 400)).items).toHaveLength(RECORDED);
    expect(calls.map((c) => c.offset)).toEqual([0, 0, 100, 200]);
  });

  it('shows a reminder once when a newer one arrives between two pages', async () => {
    const { backend, list } = await manyReminders();
    const arriving = async (page: InputOf<'notification.list'>) => {
      if ((page.offset ?? 0) > 0)
        backend.ctx.db
          .prepare(
            `INSERT INTO reminder (worker_id, kind, item_key, due_date, step_key, recipient, title, link, created_on)
             SELECT worker_id, kind, 'new-item', due_date, step_key, recipient, 'New', link, ? FROM reminder LIMIT 1`,
          )
          .run(TODAY);
      return list(page);
    };
    const shown = await newestNotifications(arriving, 150);
    expect(new Set(shown.items.map((n) => n.id)).size).toBe(shown.items.length);
  });
});
