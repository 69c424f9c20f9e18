import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { computeMatrix } from '../../src/backend/compliance/compute.ts';
import { CATCH_UP_LIMIT, currentEvidence, pruneChangeLog } from '../../src/backend/compliance/evidence-store.ts';
import { insertRecord } from '../../src/backend/training/queries.ts';
import { count, ok, testBackend } from '../support/backend.ts';

const TODAY = '2026-11-24';
const others: Database.Database[] = [];
afterEach(() => others.splice(0).forEach((db) => db.close()));

/** A second connection to the same file, with nothing kept in memory: what a fresh read sees. */
function freshConnection(backend: Backend): Database.Database {
  const db = new Database(backend.ctx.dataFile);
  others.push(db);
  return db;
}

async function exampleBackend() {
  const backend = testBackend(`${TODAY}T10:00:00Z`);
  await ok(backend, 'app.loadExample', {});
  const workers = await ok(backend, 'worker.list', {});
  const [first, second, third] = workers.filter((w) => w.role === 'splw' && w.leavingDate === null);
  if (!first || !second || !third) throw new Error('The example PCN should have three link workers in post');
  currentEvidence(backend.ctx.db); // everything read and kept
  return { backend, ids: [first.id, second.id, third.id] as const };
}

const completion = (workerId: number, requirementId = 'fire-safety') => ({
  workerId,
  requirementId,
  status: 'completed' as const,
  startDate: null,
  completedOn: '2026-11-20',
  expiresOn: null,
  provider: 'Test provider',
  notes: '',
  signedOffBy: null,
});

function expectSameAsFreshRead(backend: Backend) {
  const fresh = freshConnection(backend);
  expect(currentEvidence(backend.ctx.db)).toEqual(currentEvidence(fresh));
  expect(computeMatrix(backend.ctx.db, TODAY)).toEqual(computeMatrix(fresh, TODAY));
}

describe('the kept evidence', () => {
  it('catches up with writes through the API: a record, a supervision session, a signed assessment', async () => {
    const { backend, ids } = await exampleBackend();
    const [a, b] = ids;
    await ok(backend, 'training.record', {
      workerId: a,
      requirementId: 'fire-safety',
      status: 'completed',
      completedOn: '2026-11-20',
    });
    const supervisor = (await ok(backend, 'worker.get', { id: b })).supervisorId;
    await ok(backend, 'supervision.save', {
      id: null,
      fields: {
        workerId: b,
        date: '2026-11-23',
        kind: 'Clinical or professional',
        supervisorId: supervisor,
        durationMinutes: 45,
        caseloadActive: 20,
        newReferrals: 2,
        casesDiscussed: '',
        risks: '',
        wellbeing: '',
        actions: [],
        nextDate: null,
      },
    });
    const cell = (workerId: number, column: string) => {
      const matrix = computeMatrix(backend.ctx.db, TODAY);
      const index = matrix.columns.findIndex((c) => c.id === column);
      return matrix.rows.find((r) => r.workerId === workerId)?.cells[index];
    };
    expect(cell(a, 'fire-safety')).toMatchObject({ s: 'complete' });
    expectSameAsFreshRead(backend);
  });

  it('keeps nothing read inside a transaction that is rolled back', async () => {
    const { backend, ids } = await exampleBackend();
    const db = backend.ctx.db;
    const [a, b] = ids;
    const held = (workerId: number) => currentEvidence(db).records.get(workerId)?.get('lone-working')?.length ?? 0;
    const [heldByA, heldByB] = [held(a), held(b)];
    expect(() =>
      db.transaction(() => {
        insertRecord(db, completion(a, 'lone-working'), `${TODAY}T10:00:00Z`, false);
        expect(held(a)).toBe(heldByA + 1);
        throw new Error('changed my mind');
      })(),
    ).toThrow('changed my mind');
    expect(held(a)).toBe(heldByA);
    // The next write reuses the rolled-back log position; it must still be read.
    insertRecord(db, completion(b, 'lone-working'), `${TODAY}T10:00:00Z`, false);
    expect(held(b)).toBe(heldByB + 1);
    expectSameAsFreshRead(backend);
  });

  it('sees what another connection commits', async () => {
    const { backend, ids } = await exampleBackend();
    const held = () => currentEvidence(backend.ctx.db).records.get(ids[2])?.get('equality-diversity')?.length ?? 0;
    const before = held();
    insertRecord(freshConnection(backend), completion(ids[2], 'equality-diversity'), `${TODAY}T10:00:00Z`, false);
    expect(held()).toBe(before + 1);
    expectSameAsFreshRead(backend);
  });

  it('reads everything again after more changes than it catches up, and the log is pruned on opening', async () => {
    const { backend, ids } = await exampleBackend();
    const db = backend.ctx.db;
    db.transaction(() => {
      for (let i = 0; i <= CATCH_UP_LIMIT; i++)
        insertRecord(db, completion(ids[i % 3] as number), `${TODAY}T10:00:00Z`, false);
    })();
    expectSameAsFreshRead(backend);
    pruneChangeLog(db);
    expect(count(backend, 'fact_change')).toBe(CATCH_UP_LIMIT);
    insertRecord(db, completion(ids[0], 'lone-working'), `${TODAY}T10:00:00Z`, false);
    expectSameAsFreshRead(backend);
  });
});
