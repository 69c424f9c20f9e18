import { describe, expect, it } from 'vitest';
import { seedExample } from '../../src/backend/seed/example.ts';
import { ROLES } from '../../src/shared/domain/staff.ts';
import { ok, testBackend } from '../support/backend.ts';

describe('example data', () => {
  it('loads a realistic PCN: about a dozen workers over three roles, two employers, six practices', async () => {
    const backend = testBackend();
    await ok(backend, 'app.loadExample', {});
    const workers = await ok(backend, 'worker.list', {});
    expect(workers).toHaveLength(12);
    expect(new Set(workers.map((w) => w.role))).toEqual(new Set(ROLES));
    expect(await ok(backend, 'employer.list', {})).toHaveLength(2);
    expect(await ok(backend, 'practice.list', {})).toHaveLength(6);
    expect(await backend.call('app.loadExample', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('is the same for the same seed and date, and different for another seed', async () => {
    const lists = await Promise.all(
      [1, 1, 2].map(async (seed) => {
        const backend = testBackend();
        seedExample(backend.ctx, { profile: 'pcn', seed, today: '2026-11-24' });
        return ok(backend, 'worker.list', {});
      }),
    );
    expect(lists[0]).toEqual(lists[1]);
    expect(lists[0]).not.toEqual(lists[2]);
  });

  it('makes 5,000 workers for the ics profile', async () => {
    const backend = testBackend();
    const summary = seedExample(backend.ctx, { profile: 'ics', seed: 7, today: '2026-11-24' });
    expect(summary.workers).toBe(5000);
    expect(await ok(backend, 'worker.list', {})).toHaveLength(5000);
  });
});
