import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { writeReminderLadder } from '../../src/backend/reminders/ladder-setting.ts';
import { recordDueReminders } from '../../src/backend/reminders/record-due.ts';
import { ok, testBackend } from '../support/backend.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';

interface Row {
  workerId: number;
  kind: string;
  itemKey: string;
  dueDate: string;
  stepKey: string;
  recipient: string;
  title: string;
  link: string;
  createdOn: string;
}

const rows = (backend: Backend, where = '1 = 1', ...params: unknown[]): Row[] =>
  backend.ctx.db
    .prepare(
      `SELECT worker_id AS workerId, kind, item_key AS itemKey, due_date AS dueDate, step_key AS stepKey, recipient,
       title, link, created_on AS createdOn FROM reminder WHERE ${where} ORDER BY id`,
    )
    .all(...params) as Row[];

/** Data security for one worker: who heard, at which step, recorded on which day. */
const dataSecurity = (backend: Backend, workerId: number) =>
  rows(backend, "worker_id = ? AND item_key = 'data-security'", workerId).map(
    (r) => `${r.createdOn} ${r.stepKey} ${r.recipient}`,
  );

/**
 * A link worker who starts on `startDate` with the GP as supervisor: her data security training falls due three
 * months later. The backend's clock is her first day, when nothing is yet reminded of her data security.
 */
async function supervisedStarter(startDate: string) {
  const backend = testBackend(`${startDate}T10:00:00Z`);
  const { gpId } = await pcnWithGp(backend);
  const worker = await ok(backend, 'worker.create', linkWorker({ supervisorId: gpId, startDate }));
  return { backend, workerId: worker.id, gpId };
}

describe('recordDueReminders on the example PCN', () => {
  const TODAY = '2026-11-24';

  it('records one reminder per recipient of each item’s step today, and nothing more on a re-run', async () => {
    const backend = testBackend(`${TODAY}T10:00:00Z`);
    await ok(backend, 'app.loadExample', {});
    backend.ctx.db.prepare('DELETE FROM reminder').run();

    const { added } = recordDueReminders(backend.ctx.db, TODAY);
    const recorded = rows(backend);
    expect(added).toBeGreaterThan(50);
    expect(recorded).toHaveLength(added);
    expect(new Set(recorded.map((r) => r.kind))).toEqual(
      new Set(['training', 'induction', 'supervision', 'assessment']),
    );
    for (const r of recorded) {
      expect(r.createdOn).toBe(TODAY);
      expect(r.recipient).toMatch(/^(lead|worker:\d+|colleague:\d+)$/);
      expect(r.link).toMatch(
        new RegExp(`^/staff/${r.workerId}/(training\\?requirement=[a-z-]+|induction|supervision|competencies)$`),
      );
      expect(r.title).toMatch(/ for [A-Z][a-z]+ [A-Z][a-z]+ (is due|was due|expires|expired) on \d\d\/\d\d\/\d{4}$/);
    }
    // An overdue step goes to the person, their supervisor and the lead; an early one to the person alone.
    const overdue = recorded.filter((r) => r.stepKey.startsWith('overdue-'));
    expect(overdue.length).toBeGreaterThan(0);
    for (const r of overdue.filter((o) => o.recipient.startsWith('worker:'))) {
      const heard = recorded
        .filter((o) => o.workerId === r.workerId && o.itemKey === r.itemKey)
        .map((o) => o.recipient);
      expect(heard).toContain('lead');
      expect(heard.some((h) => h.startsWith('colleague:'))).toBe(true);
    }
    for (const r of recorded.filter((o) => o.stepKey === 'before-90' || o.stepKey === 'before-60')) {
      expect(r.recipient).toBe(`worker:${r.workerId}`);
    }

    expect(recordDueReminders(backend.ctx.db, TODAY).added).toBe(0);
    expect(rows(backend)).toEqual(recorded);
  });

  it('the next day adds only the steps newly reached', async () => {
    const backend = testBackend(`${TODAY}T10:00:00Z`);
    await ok(backend, 'app.loadExample', {});
    recordDueReminders(backend.ctx.db, TODAY);
    const before = rows(backend);
    const sentBefore = new Set(before.map((r) => `${r.workerId} ${r.itemKey} ${r.dueDate} ${r.stepKey}`));

    const { added } = recordDueReminders(backend.ctx.db, '2026-11-25');
    const fresh = rows(backend, 'created_on = ?', '2026-11-25');
    expect(fresh).toHaveLength(added);
    expect(rows(backend, 'created_on <> ?', '2026-11-25')).toEqual(before);
    for (const r of fresh) expect(sentBefore.has(`${r.workerId} ${r.itemKey} ${r.dueDate} ${r.stepKey}`)).toBe(false);
    expect(recordDueReminders(backend.ctx.db, '2026-11-25').added).toBe(0);
  });
});

describe('recordDueReminders: the ladder for one item', () => {
  it('climbs 90, 60, 30 days, the day and weekly overdue, adding the supervisor and then the lead', async () => {
    // Starts 01/09/2026, so data security is due on Tuesday 01/12/2026.
    const { backend, workerId, gpId } = await supervisedStarter('2026-09-01');
    const days = ['2026-09-02', '2026-09-03', '2026-10-02', '2026-11-01', '2026-11-30', '2026-12-01', '2026-12-08'];
    for (const day of [...days, ...days]) recordDueReminders(backend.ctx.db, day);
    expect(dataSecurity(backend, workerId)).toEqual([
      `2026-09-02 before-90 worker:${workerId}`,
      `2026-10-02 before-60 worker:${workerId}`,
      `2026-11-01 before-30 worker:${workerId}`,
      `2026-11-01 before-30 colleague:${gpId}`,
      `2026-12-01 on-the-day worker:${workerId}`,
      `2026-12-01 on-the-day colleague:${gpId}`,
      `2026-12-08 overdue-1 worker:${workerId}`,
      `2026-12-08 overdue-1 colleague:${gpId}`,
      '2026-12-08 overdue-1 lead',
    ]);
    expect(rows(backend, "item_key = 'data-security'")[0]).toMatchObject({
      kind: 'training',
      dueDate: '2026-12-01',
      title: 'Data security for Florence Ndlovu is due on 01/12/2026',
      link: `/staff/${workerId}/training?requirement=data-security`,
    });
  });

  it('moves "on the day" to the working day before a weekend and Christmas', async () => {
    // Starts 26/09/2026: due Saturday 26/12/2026, after Christmas Day (Friday), so the day's step is Thursday 24/12.
    const { backend, workerId } = await supervisedStarter('2026-09-26');
    for (const day of ['2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26']) recordDueReminders(backend.ctx.db, day);
    expect(dataSecurity(backend, workerId).filter((r) => r.includes('on-the-day'))).toEqual([
      `2026-12-24 on-the-day worker:${workerId}`,
      expect.stringMatching(/^2026-12-24 on-the-day colleague:\d+$/),
    ]);
  });

  it('names no supervisor when the worker has none', async () => {
    const backend = testBackend('2026-12-08T10:00:00Z');
    await pcnWithGp(backend);
    const { id } = await ok(backend, 'worker.create', linkWorker({ startDate: '2026-09-01' }));
    recordDueReminders(backend.ctx.db, '2026-12-08');
    expect(dataSecurity(backend, id)).toEqual([`2026-12-08 overdue-1 worker:${id}`, '2026-12-08 overdue-1 lead']);
  });

  it('never reminds a leaver, nor of an item the person is exempt from', async () => {
    const { backend, workerId } = await supervisedStarter('2026-09-01');
    await ok(backend, 'training.exempt', {
      workerId,
      requirementId: 'data-security',
      reason: 'Completed with the previous employer',
    });
    recordDueReminders(backend.ctx.db, '2026-11-01');
    expect(dataSecurity(backend, workerId)).toEqual([]);
    expect(rows(backend, 'worker_id = ?', workerId).length).toBeGreaterThan(0);

    await ok(backend, 'worker.markLeaver', { id: workerId, leavingDate: '2026-11-10' });
    const afterLeaving = ['2026-11-11', '2026-12-01', '2026-12-08', '2027-01-05'];
    for (const day of afterLeaving) expect(recordDueReminders(backend.ctx.db, day).added).toBe(0);
  });

  it('lets a worker made in error be removed after being reminded, their reminders with them', async () => {
    const { backend, workerId } = await supervisedStarter('2026-09-01');
    recordDueReminders(backend.ctx.db, '2026-12-08');
    expect(dataSecurity(backend, workerId).length).toBeGreaterThan(0);
    await ok(backend, 'worker.removeMadeInError', { id: workerId, reason: 'Added twice by mistake' });
    expect(rows(backend, 'worker_id = ?', workerId)).toEqual([]);
  });

  it('follows the ladder saved in settings', async () => {
    const { backend, workerId, gpId } = await supervisedStarter('2026-09-01');
    writeReminderLadder(backend.ctx.db, {
      beforeDue: [{ daysBefore: 14, audience: ['supervisor'] }],
      overdue: { everyDays: 3, audience: ['lead'] },
    });
    for (const day of [
      '2026-10-02',
      '2026-11-01',
      '2026-11-17',
      '2026-12-01',
      '2026-12-04',
      '2026-12-06',
      '2026-12-07',
    ]) {
      recordDueReminders(backend.ctx.db, day);
    }
    expect(dataSecurity(backend, workerId)).toEqual([
      `2026-11-17 before-14 colleague:${gpId}`,
      '2026-12-04 overdue-1 lead',
      '2026-12-07 overdue-2 lead',
    ]);
  });
});
