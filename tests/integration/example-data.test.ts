import { describe, expect, it } from 'vitest';
import { recurringEventsFor } from '../../src/backend/cpd/catalogue.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import { ROLES } from '../../src/shared/domain/staff.ts';
import { hoursBetween } from '../../src/shared/rules/cpd.ts';
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

  it("logs each example CPD entry as what it is: a webinar as a webinar, the national one for the event's own length", () => {
    const backend = testBackend();
    seedExample(backend.ctx, { profile: 'pcn', seed: 1, today: '2026-11-24' });
    const logged = backend.ctx.db
      .prepare('SELECT DISTINCT title, kind, minutes, event_key IS NOT NULL AS suggested FROM cpd_entry ORDER BY title')
      .all() as { title: string; kind: string; minutes: number; suggested: number }[];
    const [national] = recurringEventsFor('splw');
    if (!national) throw new Error('no national webinar in the CPD catalogue');
    expect(logged.filter((e) => e.suggested)).toEqual([
      {
        title: `${national.title} (${national.organiser})`,
        kind: national.kind,
        minutes: hoursBetween(national.start, national.end) * 60,
        suggested: 1,
      },
    ]);
    expect(logged.filter((e) => /webinar/i.test(e.title)).map((e) => [e.title, e.kind])).toEqual([
      ['NASP Thriving Communities webinar', 'webinar'],
      [`${national.title} (${national.organiser})`, 'webinar'],
    ]);
  });

  it('makes 5,000 workers for the ics profile', async () => {
    const backend = testBackend();
    const summary = seedExample(backend.ctx, { profile: 'ics', seed: 7, today: '2026-11-24' });
    expect(summary.workers).toBe(5000);
    expect(await ok(backend, 'worker.list', {})).toHaveLength(5000);
  });
});
