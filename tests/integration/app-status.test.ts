import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/backend/access/caller.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { ok, tempDir, testBackend } from '../support/backend.ts';
import { accountCaller } from '../support/callers.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';

describe('the app status', () => {
  it('says personal mode on one computer, with no account and the data file', async () => {
    const backend = testBackend();
    const status = await ok(backend, 'app.status', {});
    expect(status).toMatchObject({ mode: 'personal', me: null, currentUser: { person: null, osUser: 'tester' } });
    expect(status.dataFile).toMatch(/linkwork\.sqlite$/);
  });

  it('answers someone signed out in team mode with the PCN and nothing personal', async () => {
    const backend = testBackend();
    await supervisedLinkWorker(backend);
    const status = await backend.callAs(ANONYMOUS, 'app.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: {
        mode: 'team',
        me: null,
        pcn: { name: 'Riverside PCN' },
        dataFile: '',
        currentUser: { person: null, osUser: '' },
      },
    });
  });

  it('names the signed-in account with its roles and supervisees', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    const other = await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okoro', supervisorId: gpId }));
    await ok(backend, 'worker.create', linkWorker({ name: 'Ada Brown' }));
    const gp = accountCaller({ accountId: 7, name: 'Dr Asha Patel', email: 'asha.patel@nhs.net', colleagueId: gpId });
    const status = await backend.callAs(gp, 'app.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: {
        mode: 'team',
        me: {
          accountId: 7,
          name: 'Dr Asha Patel',
          email: 'asha.patel@nhs.net',
          lead: false,
          viewer: false,
          workerId: null,
          colleagueId: gpId,
          superviseeIds: [workerId, other.id].sort((a, b) => a - b),
        },
        dataFile: '',
        currentUser: { person: { kind: 'colleague', id: gpId, name: 'Dr Asha Patel' }, osUser: '' },
      },
    });
    const lead = await backend.callAs(accountCaller({ lead: true }), 'app.status', {});
    expect(lead.ok && lead.value.dataFile).toMatch(/linkwork\.sqlite$/);
  });

  it('refuses "Acting as" in team mode, even to the lead, and changes nothing', async () => {
    const backend = testBackend();
    const { gpId } = await supervisedLinkWorker(backend);
    const refused = await backend.callAs(accountCaller({ lead: true }), 'app.setCurrentUser', {
      person: { kind: 'colleague', id: gpId },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await ok(backend, 'app.status', {})).currentUser.person).toBeNull();
  });
});

describe('"Acting as"', () => {
  it('lasts for the launch only: the next backend on the same data starts as the computer user', async () => {
    const dataDir = tempDir();
    const first = createBackend({ dataDir, osUser: 'tester' });
    const { gpId } = await supervisedLinkWorker(first);
    await ok(first, 'app.setCurrentUser', { person: { kind: 'colleague', id: gpId } });
    expect((await ok(first, 'app.status', {})).currentUser.person).toMatchObject({ name: 'Dr Asha Patel' });

    // The next launch (one at a time: the data folder's lock refuses a second while the first runs).
    first.close();
    const next = createBackend({ dataDir, osUser: 'tester' });
    expect((await ok(next, 'app.status', {})).currentUser).toEqual({ person: null, osUser: 'tester' });
    const saved = next.ctx.db.prepare("SELECT count(*) AS n FROM setting WHERE key = 'currentUser'").get();
    expect(saved).toEqual({ n: 0 });
    // Changes made in this launch are the computer user's again.
    const worker = await ok(next, 'worker.create', linkWorker({ name: 'Sam Okoro' }));
    const { entries } = await ok(next, 'audit.list', { workerId: worker.id });
    expect(entries[0]?.actor).toBe('tester');
    next.close();
  });

  it('forgets a choice an earlier version saved in the data file', async () => {
    const dataDir = tempDir();
    const first = createBackend({ dataDir, osUser: 'tester' });
    const { gpId } = await supervisedLinkWorker(first);
    first.ctx.db
      .prepare("INSERT INTO setting (key, value) VALUES ('currentUser', ?)")
      .run(JSON.stringify({ kind: 'colleague', id: gpId }));
    first.close();
    const next = createBackend({ dataDir, osUser: 'tester' });
    expect((await ok(next, 'app.status', {})).currentUser.person).toBeNull();
    next.close();
  });
});
