import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/backend/access/caller.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import type { ReadPool } from '../../src/web/team/read-pool.ts';
import { POOLED_METHODS, startReadPool } from '../../src/web/team/read-pool.ts';
import { ok, tempDir } from '../support/backend.ts';
import { accountFor } from '../support/accounts.ts';

const TODAY = '2026-11-24';
const cleanUp: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanUp.splice(0).reverse()) await step();
});

const SAMPLES: Record<string, unknown> = {
  'worker.list': {},
  'compliance.matrix': {},
  'claim.view': { month: '2026-10' },
  'claim.readiness': { month: '2026-10' },
  'claim.position': { month: '2026-10' },
  'claim.year': { financialYear: '2026/27' },
  'competency.heatmap': {},
  'supervision.openActions': {},
  'audit.list': {},
  'audit.csv': {},
  'home.lead': {},
  'report.compliance': { by: 'practice' },
  'report.complianceCsv': { by: 'employer' },
};

async function seededWithPool(): Promise<{ backend: ReturnType<typeof createBackend>; pool: ReadPool }> {
  const dir = tempDir('linkwork-readers-');
  const backend = createBackend({ dataDir: dir, pinnedToday: TODAY, osUser: 'tester' });
  seedExample(backend.ctx, { profile: 'pcn', seed: 1, today: TODAY });
  const pool = await startReadPool(backend, 1, TODAY);
  cleanUp.push(
    () => fs.rmSync(dir, { recursive: true, force: true }),
    () => backend.close(),
    () => pool.close(),
  );
  return { backend, pool };
}

describe('reader threads (team mode)', () => {
  it('answer every pooled method as the main thread does, for each caller, and cannot write', async () => {
    const { backend, pool } = await seededWithPool();
    expect([...POOLED_METHODS].sort()).toEqual(Object.keys(SAMPLES).sort());
    const worker = await ok(backend, 'worker.get', { id: 1 });
    const lead = (await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true })).caller;
    const self = (await accountFor(backend, { kind: 'worker', id: worker.id }, 'w@nhs.net')).caller;
    const supervisor = (
      await accountFor(backend, { kind: 'colleague', id: worker.supervisorId as number }, 's@nhs.net')
    ).caller;
    const callers: Caller[] = [lead, self, supervisor, { kind: 'anonymous' }];
    for (const caller of callers) {
      for (const [method, input] of Object.entries(SAMPLES)) {
        const fromPool = await pool.handle({ method, input }, caller);
        const fromMain = await backend.handle({ method, input }, caller);
        if (caller === lead) expect(fromMain.ok, `${method} answers the lead`).toBe(true);
        expect(
          JSON.parse(fromPool as string),
          `${method} as ${caller.kind === 'account' ? caller.email : caller.kind}`,
        ).toEqual(JSON.parse(JSON.stringify(fromMain)));
      }
    }
    expect(pool.handle({ method: 'training.record', input: {} }, lead), 'writes stay on the main thread').toBeNull();
  }, 60_000);

  it("see the main thread's commits at once", async () => {
    const { backend, pool } = await seededWithPool();
    const lead = (await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true })).caller;
    const before = JSON.parse((await pool.handle({ method: 'worker.list', input: {} }, lead)) as string) as {
      value: { name: string }[];
    };
    await ok(backend, 'worker.update', {
      id: 1,
      fields: { ...(await ok(backend, 'worker.get', { id: 1 })), name: 'Renamed Person' },
    });
    const after = JSON.parse((await pool.handle({ method: 'worker.list', input: {} }, lead)) as string) as {
      value: { name: string }[];
    };
    expect(after.value.map((w) => w.name)).toContain('Renamed Person');
    expect(after.value).toHaveLength(before.value.length);
  }, 60_000);
});
