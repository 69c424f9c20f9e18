import { beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/backend/access/caller.ts';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract.ts';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { DEFAULT_REMINDER_LADDER } from '../../src/shared/rules/reminder-ladder.ts';
import { ok, testBackend } from '../support/backend.ts';
import { examplePeople, many, one } from '../support/example-people.ts';
import type { Ids, Who } from '../support/method-samples.ts';
import { NOW } from '../support/method-samples.ts';

const TODAY = NOW.slice(0, 10);

let backend: Backend;
let ids: Ids;
let callers: Record<Who, Caller>;

async function as<M extends MethodName>(who: Who, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const envelope = await backend.callAs(callers[who], method, input);
  if (!envelope.ok) throw new Error(`${method} as ${who} failed: ${envelope.error.message}`);
  return envelope.value;
}

/** The distinct steps (worker, item, due date, step) addressed to any of `recipients`. */
const stepsFor = (...recipients: string[]) =>
  one<number>(
    backend,
    `SELECT count(*) FROM (SELECT DISTINCT worker_id, item_key, due_date, step_key FROM reminder
     WHERE recipient IN (SELECT value FROM json_each(?)))`,
    JSON.stringify(recipients),
  );

const allSteps = () =>
  one<number>(backend, 'SELECT count(*) FROM (SELECT DISTINCT worker_id, item_key, due_date, step_key FROM reminder)');

/** Moves the backend's clock: the next call is the first of that day. */
const setDay = (day: string) => {
  backend.ctx.now = () => new Date(`${day}T09:00:00Z`);
};

beforeEach(async () => {
  backend = testBackend(NOW);
  await ok(backend, 'app.loadExample', {});
  ({ ids, callers } = await examplePeople(backend));
});

describe('notification.list: each person reads their own reminders', () => {
  it('was recorded by the first call after the example was loaded, for today', () => {
    expect(many<string>(backend, 'SELECT DISTINCT created_on FROM reminder')).toEqual([TODAY]);
  });

  it('gives a worker only the reminders addressed to them, newest first, with the unread count', async () => {
    const page = await as('W', 'notification.list', { offset: 0, limit: 100 });
    expect(page.total).toBe(stepsFor(`worker:${ids.w}`));
    expect(page.total).toBeGreaterThan(0);
    expect(page.unread).toBe(page.total);
    expect(page.items.every((n) => n.workerId === ids.w && !n.read)).toBe(true);
    const order = page.items.map((n) => `${n.createdOn} ${String(n.id).padStart(9, '0')}`);
    expect(order).toEqual([...order].sort().reverse());
  });

  it('gives a supervisor their supervisees’ reminders, and the lead the lead’s', async () => {
    const supervisor = await as('supW', 'notification.list', { offset: 0, limit: 100 });
    expect(supervisor.total).toBe(stepsFor(`colleague:${ids.supW}`));
    expect(supervisor.items.every((n) => ids.superviseesOfSupW.includes(n.workerId))).toBe(true);
    const lead = await as('lead', 'notification.list', { offset: 0, limit: 100 });
    expect(lead.total).toBe(stepsFor('lead'));
    expect(lead.total).toBeGreaterThan(0);
    expect((await as('viewer', 'notification.list', { offset: 0, limit: 20 })).total).toBe(0);
  });

  it('gives personal mode every reminder, once per step however many heard it', async () => {
    const page = await ok(backend, 'notification.list', { offset: 0, limit: 100 });
    expect(page.total).toBe(allSteps());
    expect(page.total).toBeLessThan(one<number>(backend, 'SELECT count(*) FROM reminder'));
    expect(new Set(page.items.map((n) => n.id)).size).toBe(page.items.length);
  });

  it('pages through them', async () => {
    const whole = await ok(backend, 'notification.list', { offset: 0, limit: 100 });
    const first = await ok(backend, 'notification.list', { offset: 0, limit: 5 });
    const second = await ok(backend, 'notification.list', { offset: 5, limit: 5 });
    expect([...first.items, ...second.items]).toEqual(whole.items.slice(0, 10));
    expect(second.total).toBe(whole.total);
  });
});

describe('notification.list refuses a page it cannot give, saying why', () => {
  it.each([
    [{ offset: 'first', limit: 20 }, 'offset', 'Give where to start as a number'],
    [{ offset: 1.5, limit: 20 }, 'offset', 'Start at a whole number'],
    [{ offset: 100_001, limit: 20 }, 'offset', 'Start at 100000 or earlier'],
    [{ offset: 0, limit: '20' }, 'limit', 'Give how many to show as a number'],
    [{ offset: 0, limit: 2.5 }, 'limit', 'Ask for a whole number'],
    [{ offset: 0, limit: 101 }, 'limit', 'Ask for at most 100 at a time'],
  ])('%j: %s', async (input, field, message) => {
    const envelope = await backend.call('notification.list', input as never);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (envelope.ok) return;
    expect((envelope.error.details?.fields as Record<string, string>)[field]).toBe(message);
  });
});

describe('notification.markRead', () => {
  it('marks the caller’s own reminders read and never anyone else’s', async () => {
    const mine = await as('W', 'notification.list', { offset: 0, limit: 100 });
    const others = await as('V', 'notification.list', { offset: 0, limit: 100 });
    const theirs = others.items[0];
    const first = mine.items[0];
    if (!theirs || !first) throw new Error('W and V both need reminders');

    expect(await as('W', 'notification.markRead', { ids: [theirs.id] })).toEqual({ marked: 0, unread: mine.unread });
    expect((await as('V', 'notification.list', { offset: 0, limit: 100 })).unread).toBe(others.unread);

    expect(await as('W', 'notification.markRead', { ids: [first.id] })).toEqual({ marked: 1, unread: mine.unread - 1 });
    const after = await as('W', 'notification.list', { offset: 0, limit: 100 });
    expect(after.items.find((n) => n.id === first.id)?.read).toBe(true);
    // The supervisor's copy of the same step is theirs to read.
    const supervisorUnread = (await as('supW', 'notification.list', { offset: 0, limit: 100 })).unread;
    expect(supervisorUnread).toBe(stepsFor(`colleague:${ids.supW}`));

    expect(await as('W', 'notification.markRead', { all: true })).toEqual({ marked: mine.unread - 1, unread: 0 });
    expect((await as('V', 'notification.list', { offset: 0, limit: 1 })).unread).toBe(others.unread);
  });

  it('in personal mode marks every copy of a step read at once', async () => {
    const page = await ok(backend, 'notification.list', { offset: 0, limit: 1 });
    const step = page.items[0];
    if (!step) throw new Error('no reminders');
    expect(await ok(backend, 'notification.markRead', { ids: [step.id] })).toEqual({
      marked: 1,
      unread: page.unread - 1,
    });
    const copies = one<number>(
      backend,
      `SELECT count(*) FROM reminder r JOIN reminder s USING (worker_id, item_key, due_date, step_key)
       WHERE s.id = ? AND r.read_at IS NULL`,
      step.id,
    );
    expect(copies).toBe(0);
  });
});

describe('notification.desktopDue: one desktop notice a day', () => {
  it('offers the unread reminders once a day to each account, and again the next day', async () => {
    const first = await as('W', 'notification.desktopDue', {});
    expect(first.unread).toBe(stepsFor(`worker:${ids.w}`));
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.items.length).toBeLessThanOrEqual(3);
    expect(first.items.every((n) => !n.read && n.workerId === ids.w)).toBe(true);
    expect(await as('W', 'notification.desktopDue', {})).toEqual({ items: [], unread: 0 });
    // Another account has its own notice.
    expect((await as('lead', 'notification.desktopDue', {})).unread).toBe(stepsFor('lead'));
    // Nothing unread: nothing offered, and nothing recorded.
    expect(await as('viewer', 'notification.desktopDue', {})).toEqual({ items: [], unread: 0 });
    expect(many<string>(backend, "SELECT recipient FROM reminder_digest WHERE channel = 'desktop'").sort()).toEqual(
      [
        `account:${one<number>(backend, "SELECT id FROM account WHERE email = 'lead@nhs.net'")}`,
        `account:${one<number>(backend, "SELECT id FROM account WHERE email = 'w@nhs.net'")}`,
      ].sort(),
    );

    setDay('2026-11-25');
    expect((await as('W', 'notification.desktopDue', {})).unread).toBeGreaterThan(0);
    expect(await as('W', 'notification.desktopDue', {})).toEqual({ items: [], unread: 0 });
  });

  it('in personal mode, once a day for the computer’s user', async () => {
    expect((await ok(backend, 'notification.desktopDue', {})).unread).toBe(allSteps());
    expect(await ok(backend, 'notification.desktopDue', {})).toEqual({ items: [], unread: 0 });
  });
});

describe('the daily round', () => {
  it('records the new day’s steps before its first call, and announces them to open panels', async () => {
    const heard: DataChange[] = [];
    backend.onChange((change) => heard.push(change));
    setDay('2026-11-25');
    await ok(backend, 'pcn.get', {});
    const added = one<number>(backend, "SELECT count(*) FROM reminder WHERE created_on = '2026-11-25'");
    expect(added).toBeGreaterThan(0);
    expect(heard.filter((c) => c.domains.includes('reminders'))).toHaveLength(1);
    await ok(backend, 'pcn.get', {});
    expect(one<number>(backend, "SELECT count(*) FROM reminder WHERE created_on = '2026-11-25'")).toBe(added);
    expect(heard.filter((c) => c.domains.includes('reminders'))).toHaveLength(1);
  });
});

describe('reminder.settings and reminder.saveSettings', () => {
  it('reads the default ladder, and saves the lead’s, furthest step first, in the audit log', async () => {
    expect(await as('W', 'reminder.settings', {})).toEqual(DEFAULT_REMINDER_LADDER);
    const ladder = {
      beforeDue: [
        { daysBefore: 0, audience: ['person' as const] },
        { daysBefore: 45, audience: ['person' as const, 'lead' as const] },
      ],
      overdue: null,
    };
    const saved = await as('lead', 'reminder.saveSettings', ladder);
    expect(saved.beforeDue.map((s) => s.daysBefore)).toEqual([45, 0]);
    expect(await as('supW', 'reminder.settings', {})).toEqual(saved);
    expect(one<string>(backend, 'SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1')).toBe(
      'Changed the reminder ladder',
    );
  });

  it.each([
    [{ beforeDue: [{ daysBefore: 30, audience: [] }], overdue: null }, 'beforeDue.0.audience', 'Choose at least one'],
    [
      {
        beforeDue: [
          { daysBefore: 30, audience: ['person'] },
          { daysBefore: 30, audience: ['lead'] },
        ],
        overdue: null,
      },
      'beforeDue.1.daysBefore',
      'There are two steps 30 days before: keep one',
    ],
    [{ beforeDue: [{ daysBefore: 400, audience: ['person'] }], overdue: null }, 'beforeDue.0.daysBefore', '365'],
    [
      { beforeDue: [], overdue: { everyDays: 91, audience: ['lead'] } },
      'overdue.everyDays',
      'Repeat every 1 to 90 days',
    ],
    [{ beforeDue: [], overdue: null }, 'beforeDue', 'Keep at least one step'],
  ])('refuses a ladder that cannot work (%#), naming the field', async (ladder, field, message) => {
    const envelope = await backend.callAs(callers.lead, 'reminder.saveSettings', ladder as never);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (envelope.ok) return;
    expect((envelope.error.details?.fields as Record<string, string>)[field]).toContain(message);
  });
});
