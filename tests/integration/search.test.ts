import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { Caller } from '../../src/backend/access/caller.ts';
import { PERSONAL } from '../../src/backend/access/caller.ts';
import type { SearchHit } from '../../src/shared/domain/search.ts';
import { SEARCH_GROUP_LIMIT, SEARCH_GROUPS } from '../../src/shared/domain/search.ts';
import { formatUkDate } from '../../src/shared/rules/dates.ts';
import { ok, tempDir } from '../support/backend.ts';
import { examplePeople, one } from '../support/example-people.ts';
import type { Ids, Who } from '../support/method-samples.ts';
import { NOW, valueOf } from '../support/method-samples.ts';

// The example PCN on the test backend's today, 24/11/2026; team-mode accounts for the lead, supervisors and workers.
let backend: Backend;
let ids: Ids;
let callers: Record<Who, Caller>;

let dir: string;

beforeAll(async () => {
  dir = tempDir('linkwork-search-');
  backend = createBackend({ dataDir: dir, now: () => new Date(NOW), osUser: 'tester' });
  await ok(backend, 'app.loadExample', {});
  ({ ids, callers } = await examplePeople(backend));
});

afterAll(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const searchAs = async (caller: Caller, text: string): Promise<SearchHit[]> =>
  (await valueOf(backend.callAs(caller, 'search.query', { text }), `search "${text}"`)).hits;
const keysOf = (hits: SearchHit[], group: SearchHit['group']) =>
  hits.filter((h) => h.group === group).map((h) => h.key);
const nameOf = (workerId: number) => one<string>(backend, 'SELECT name FROM worker WHERE id = ?', workerId);
/** A piece from the middle of the surname, in capitals: "part of a name", whatever its case. */
const partOf = (name: string) => (name.split(' ').at(-1) ?? name).slice(1, 5).toUpperCase();

describe('search.query finds each kind of thing', () => {
  it('finds a worker by part of their name, whatever the case, and links to their page', async () => {
    const name = nameOf(ids.w);
    const hits = await searchAs(PERSONAL, partOf(name));
    expect(hits).toContainEqual(
      expect.objectContaining({ group: 'people', key: `worker-${ids.w}`, label: name, link: `staff/${ids.w}` }),
    );
    for (const hit of hits.filter((h) => h.key.startsWith('worker-')))
      expect(hit.label.toLowerCase()).toContain(partOf(name).toLowerCase());
  });

  it('finds a requirement by its name and by its code', async () => {
    const byName = await searchAs(PERSONAL, 'safeguarding');
    expect(keysOf(byName, 'requirements')).toEqual(
      expect.arrayContaining(['requirement-safeguarding-adults', 'requirement-safeguarding-children']),
    );
    const byCode = await searchAs(PERSONAL, 'splw-elfh');
    expect(byCode.find((h) => h.key === 'requirement-splw-elfh-programme')).toMatchObject({
      label: 'e-LfH programme',
      link: 'matrix',
    });
  });

  it('finds a training record by requirement and person, and by the date it was completed', async () => {
    const record = backend.ctx.db
      .prepare(
        `SELECT t.id, t.worker_id AS workerId, t.requirement_id AS requirementId, t.completed_on AS completedOn
         FROM training_record t WHERE t.worker_id = ? AND t.completed_on IS NOT NULL AND t.withdrawn_at IS NULL
         AND t.requirement_id = 'safeguarding-adults' ORDER BY t.id DESC LIMIT 1`,
      )
      .get(ids.w) as { id: number; workerId: number; requirementId: string; completedOn: string };
    const firstName = nameOf(ids.w).split(' ')[0] ?? '';
    const byWhatAndWho = await searchAs(PERSONAL, `${firstName} safeguarding adults`);
    expect(byWhatAndWho.find((h) => h.key === `record-${record.id}`)).toMatchObject({
      label: `Safeguarding adults: ${nameOf(ids.w)}`,
      link: `staff/${ids.w}/training?requirement=safeguarding-adults`,
    });
    // An induction item's record opens on the Induction tab.
    const induction = (await searchAs(PERSONAL, 'safeguarding policy')).filter((h) => h.group === 'records');
    expect(induction.length).toBeGreaterThan(0);
    for (const hit of induction)
      expect(hit.link).toMatch(/^staff\/\d+\/induction\?requirement=induction-safeguarding$/);
    const byDate = await searchAs(PERSONAL, `${formatUkDate(record.completedOn)} ${firstName}`);
    expect(keysOf(byDate, 'records')).toContain(`record-${record.id}`);
    expect(keysOf(byDate, 'people')).toEqual([]);
  });

  it('finds a supervision session by the person and by its date', async () => {
    const session = backend.ctx.db
      .prepare('SELECT id, date FROM supervision_session WHERE worker_id = ? ORDER BY date DESC LIMIT 1')
      .get(ids.w) as { id: number; date: string };
    const byDate = await searchAs(PERSONAL, formatUkDate(session.date));
    expect(byDate.find((h) => h.key === `session-${session.id}`)).toMatchObject({
      label: `${nameOf(ids.w)}: supervision on ${formatUkDate(session.date)}`,
      link: `supervision/${session.id}`,
    });
    const byPerson = await searchAs(PERSONAL, nameOf(ids.w));
    expect(keysOf(byPerson, 'sessions')).toContain(`session-${session.id}`);
  });

  it.each(['October 2026', 'oct 2026', '10/2026', '2026-10'])(
    'finds the claim for a month typed as "%s"',
    async (text) => {
      const hits = await searchAs(PERSONAL, text);
      expect(hits.filter((h) => h.group === 'claims')).toEqual([
        expect.objectContaining({
          key: 'claim-2026-10',
          label: 'ARRS claim for October 2026',
          link: 'claims?month=2026-10',
        }),
      ]);
    },
  );

  it('finds a submitted claim by its portal reference', async () => {
    const started = await ok(backend, 'claim.start', { month: '2026-09' });
    const id = started.claim?.id ?? 0;
    for (const line of started.data.lines)
      await ok(backend, 'claim.decideLine', {
        id,
        workerId: line.workerId,
        decision: 'exclude',
        reason: 'Next month',
      });
    await ok(backend, 'claim.check', { id });
    await ok(backend, 'claim.submit', {
      id,
      submittedOn: '2026-11-24',
      portalReference: 'NHSBSA-44812',
    });
    const hits = await searchAs(PERSONAL, '44812');
    expect(hits).toEqual([
      expect.objectContaining({
        key: 'claim-2026-09',
        label: 'ARRS claim for September 2026',
        detail: 'Submitted 24/11/2026 · version 1 · portal reference NHSBSA-44812',
        link: 'claims?month=2026-09',
      }),
    ]);
    expect(await searchAs(callers.W, '44812')).toEqual([]);
  });

  it('offers no claim for a month outside the scheme', async () => {
    for (const text of ['March 2019', '12/2027', '2026-13'])
      expect(keysOf(await searchAs(PERSONAL, text), 'claims'), text).toEqual([]);
  });

  it('keeps each group to its limit and the groups in order, and finds nothing for nonsense', async () => {
    const hits = await searchAs(PERSONAL, 'a');
    for (const group of SEARCH_GROUPS) expect(keysOf(hits, group).length).toBeLessThanOrEqual(SEARCH_GROUP_LIMIT);
    const order = hits.map((h) => SEARCH_GROUPS.indexOf(h.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await searchAs(PERSONAL, 'qqzzxx')).toEqual([]);
    expect(await searchAs(PERSONAL, '100%_')).toEqual([]);
  });

  it('refuses empty or overlong text as a slip in the field', async () => {
    for (const text of ['   ', 'x'.repeat(101)])
      expect(await backend.call('search.query', { text })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { fields: { text: expect.any(String) } } },
      });
  });
});

describe('search.query stays within what the caller may see', () => {
  /** The workers the hits are about: from the links to their pages, and each session's worker. */
  const workersIn = (hits: SearchHit[]) =>
    hits.flatMap((h) => {
      const page = /^staff\/(\d+)/.exec(h.link);
      if (page) return [Number(page[1])];
      const session = /^supervision\/(\d+)$/.exec(h.link);
      return session
        ? [one<number>(backend, 'SELECT worker_id FROM supervision_session WHERE id = ?', Number(session[1]))]
        : [];
    });

  it('a worker finds only themself, their own records and sessions, and no claims or colleagues', async () => {
    expect(new Set(workersIn(await searchAs(PERSONAL, 'a'))).size).toBeGreaterThan(1);
    for (const text of ['a', 'e', 'safeguarding', nameOf(ids.v), formatUkDate('2026-11-20'), 'October 2026']) {
      const hits = await searchAs(callers.W, text);
      expect(new Set(workersIn(hits)), text).toEqual(new Set(workersIn(hits).length > 0 ? [ids.w] : []));
      expect(keysOf(hits, 'claims'), text).toEqual([]);
      expect(
        hits.filter((h) => h.key.startsWith('colleague-')),
        text,
      ).toEqual([]);
    }
    const mine = await searchAs(callers.W, nameOf(ids.w));
    expect(keysOf(mine, 'people')).toEqual([`worker-${ids.w}`]);
    expect(keysOf(mine, 'sessions').length).toBeGreaterThan(0);
    const requirement = (await searchAs(callers.W, 'safeguarding')).find((h) => h.group === 'requirements');
    expect(requirement?.link).toMatch(new RegExp(`^staff/${ids.w}/training\\?requirement=`));
  });

  it('a supervisor finds only their supervisees', async () => {
    const seen = new Set(ids.superviseesOfSupW);
    for (const text of ['a', 'e', 'o', 'safeguarding', formatUkDate('2026-11-20'), nameOf(ids.v)]) {
      const hits = await searchAs(callers.supW, text);
      for (const id of workersIn(hits)) expect(seen, `${text}: worker ${id}`).toContain(id);
      expect(keysOf(hits, 'claims')).toEqual([]);
      expect(keysOf(hits, 'requirements'), 'a supervisor has no requirement page to open').toEqual([]);
    }
    expect(keysOf(await searchAs(callers.supW, nameOf(ids.w)), 'people')).toContain(`worker-${ids.w}`);
    expect(keysOf(await searchAs(callers.supW, nameOf(ids.v)), 'people')).not.toContain(`worker-${ids.v}`);
  });

  it('the viewer sees everyone and the claims, and colleagues among people', async () => {
    const supervisor = one<string>(backend, 'SELECT name FROM colleague WHERE id = ?', ids.supW);
    const hits = await searchAs(callers.viewer, supervisor);
    expect(hits).toContainEqual(expect.objectContaining({ key: `colleague-${ids.supW}`, link: 'organisation' }));
    expect(keysOf(await searchAs(callers.viewer, '2026-10'), 'claims')).toEqual(['claim-2026-10']);
  });

  it('someone signed out is asked to sign in', async () => {
    expect(await backend.callAs(callers.out, 'search.query', { text: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
