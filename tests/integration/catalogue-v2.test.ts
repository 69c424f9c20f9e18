import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { frameworkForRole } from '../../src/backend/competencies/frameworks.ts';
import type { Requirement } from '../../src/shared/domain/requirements.ts';
import { ok, tempDir } from '../support/backend.ts';
import { CARE_COORDINATION_CSV } from '../support/care-coordination-framework.ts';
import { pcnWithGp, supervisedLinkWorker } from '../support/pcn.ts';
import { refused } from '../support/refused.ts';

interface Correction {
  id: string;
  says: string;
  was: Requirement;
}
const corrections = (
  JSON.parse(fs.readFileSync('resources/catalogue/requirements-v2-changes.json', 'utf8')) as {
    changes: Correction[];
  }
).changes;
const wasOf = (id: string): Requirement => {
  const correction = corrections.find((c) => c.id === id);
  if (!correction) throw new Error(`no correction for ${id}`);
  return correction.was;
};

const opened: Backend[] = [];
const dirs: string[] = [];
afterEach(() => {
  opened.splice(0).forEach((b) => b.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** Opens (or opens again) the data folder with a fixed clock, as the app does at launch. */
function openFolder(dataDir: string, now = '2026-11-24T10:00:00Z'): Backend {
  const backend = createBackend({ dataDir, now: () => new Date(now), osUser: 'tester', log: () => undefined });
  opened.push(backend);
  return backend;
}

function closeLast(): void {
  opened.pop()?.close();
}

/**
 * A database as a Linkwork with catalogue version 1 and only the link workers' outline left it: the corrected
 * requirements say what version 1 said, and nothing records a built-in update.
 */
function makeVersion1(backend: Backend): void {
  const { db } = backend.ctx;
  const asShipped = db.prepare(
    `UPDATE requirement SET title = @title, renewal_months = @renewalMonths, evidence = @evidence, source = @source,
       check_kind = @check, cpd = NULL, due = @due WHERE id = @id`,
  );
  for (const { id, was } of corrections) asShipped.run({ ...was, id, due: JSON.stringify(was.due) });
  db.prepare('UPDATE requirement SET catalogue_version = 1').run();
  db.prepare('DELETE FROM catalogue_update').run();
  db.prepare("DELETE FROM framework_version WHERE framework_id <> 'splw-wdf-outline'").run();
}

const peerSupportStatus = async (backend: Backend, workerId: number) =>
  (await ok(backend, 'compliance.worker', { workerId })).items.find((i) => i.requirement.id === 'splw-peer-support')
    ?.status;

const auditActions = (backend: Backend, action: string) =>
  backend.ctx.db
    .prepare('SELECT summary, after_json AS after FROM audit_log WHERE action = ? ORDER BY id')
    .all(action) as {
    summary: string;
    after: string | null;
  }[];

describe('requirements catalogue version 2', () => {
  it('a fresh database takes version 2 whole, with nothing to tell the lead', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const backend = openFolder(dir);
    const requirements = await ok(backend, 'requirement.list', {});
    expect(new Set(requirements.map((r) => r.catalogueVersion))).toEqual(new Set([2]));
    expect(requirements.find((r) => r.id === 'supervision-coaching-mentor')).toMatchObject({
      renewalMonths: 1,
      title: 'Monthly supervision, including from a health coaching mentor',
    });
    expect(requirements.find((r) => r.id === 'cc-pcsp-elearning')?.title).toMatch(/completed: being enrolled/);
    expect(await ok(backend, 'requirement.catalogueUpdate', {})).toBeNull();
    expect(auditActions(backend, 'catalogue.update')).toEqual([]);
  });

  it('a version 1 database is corrected at opening, keeps what the PCN edited, audits it and tells the lead once', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = openFolder(dir);
    await pcnWithGp(first);
    makeVersion1(first);
    // The PCN had made the SDM e-learning due in 9 months themselves, in Settings.
    const {
      origin: _o,
      catalogueVersion: _v,
      appliesFrom: _a,
      retiredOn: _r,
      position: _p,
      ...sdm
    } = wasOf('cc-sdm-elearning');
    await ok(first, 'requirement.save', { isNew: false, fields: { ...sdm, due: { type: 'after_start', months: 9 } } });
    closeLast();

    const upgraded = openFolder(dir, '2026-11-25T09:00:00Z');
    const requirements = await ok(upgraded, 'requirement.list', {});
    const byId = (id: string) => requirements.find((r) => r.id === id);
    expect(byId('supervision-coaching-mentor')).toMatchObject({ renewalMonths: 1, catalogueVersion: 2 });
    expect(byId('cc-pcsp-elearning')).toMatchObject({
      title: 'Personalised care and support planning e-learning (accredited), completed: being enrolled does not count',
      evidence: 'e-learning certificate of completion',
      catalogueVersion: 2,
    });
    expect(byId('cc-sdm-elearning')).toMatchObject({
      title: wasOf('cc-sdm-elearning').title,
      due: { type: 'after_start', months: 9 },
      catalogueVersion: 1,
    });
    expect(byId('splw-peer-support')).toMatchObject({
      check: 'cpd',
      cpd: { kinds: ['peer-network', 'webinar'], atLeastEveryMonths: 3 },
      renewalMonths: null,
      catalogueVersion: 2,
    });
    expect(byId('safeguarding-adults')?.catalogueVersion).toBe(1);

    const notice = await ok(upgraded, 'requirement.catalogueUpdate', {});
    expect(notice).toEqual({
      version: 2,
      appliedAt: '2026-11-25T09:00:00.000Z',
      changes: [
        { requirementId: 'splw-peer-support', says: expect.stringMatching(/^Link workers'/), outcome: 'applied' },
        {
          requirementId: 'supervision-coaching-mentor',
          says: "Health and wellbeing coaches' supervision is due every month (it was every 3 months)",
          outcome: 'applied',
        },
        { requirementId: 'cc-pcsp-elearning', says: expect.stringMatching(/^Care coordinators'/), outcome: 'applied' },
        {
          requirementId: 'cc-sdm-elearning',
          says: expect.stringMatching(/^Care coordinators'/),
          outcome: 'kept_local_edit',
        },
      ],
    });
    const audited = auditActions(upgraded, 'catalogue.update');
    expect(audited.map((a) => a.summary)).toEqual([
      "Updated the built-in requirements catalogue to version 2: 3 of 4 corrections applied, the PCN's own wording kept for the rest",
    ]);
    expect(JSON.parse(audited[0]?.after ?? 'null')).toEqual(notice?.changes);

    await ok(upgraded, 'requirement.dismissCatalogueUpdate', { version: 2 });
    await ok(upgraded, 'requirement.dismissCatalogueUpdate', { version: 2 });
    expect(await ok(upgraded, 'requirement.catalogueUpdate', {})).toBeNull();
    expect(auditActions(upgraded, 'catalogue.updateSeen')).toHaveLength(1);
    closeLast();

    const again = openFolder(dir, '2026-11-26T09:00:00Z');
    expect(auditActions(again, 'catalogue.update')).toHaveLength(1);
    expect(await ok(again, 'requirement.catalogueUpdate', {})).toBeNull();
  });

  it("a version 1 database's peer-support attendance, recorded as training, still meets the requirement once it reads the CPD log", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = openFolder(dir);
    const { workerId } = await supervisedLinkWorker(first);
    makeVersion1(first);
    await ok(first, 'training.record', {
      workerId,
      requirementId: 'splw-peer-support',
      status: 'completed',
      completedOn: '2026-10-14',
      evidence: [],
    });
    expect(await peerSupportStatus(first, workerId)).toMatchObject({ status: 'complete', date: '2027-10-14' });
    closeLast();

    const upgraded = openFolder(dir, '2026-11-25T09:00:00Z');
    expect(await peerSupportStatus(upgraded, workerId)).toMatchObject({
      status: 'complete',
      date: '2027-01-14',
      reason: 'Last logged 14/10/2026; next due by 14/01/2027',
    });
    const notice = await ok(upgraded, 'requirement.catalogueUpdate', {});
    expect(notice?.changes[0]?.says).toMatch(/recorded as training still counts until it is 3 months old/);
    // New attendance goes in the CPD log: a new training record for it is refused, as in a fresh database.
    const record = { workerId, requirementId: 'splw-peer-support', status: 'completed', completedOn: '2026-11-20' };
    expect(await refused(upgraded, 'training.record', record, 'requirementId', 'training_record')).toMatch(
      /met by entries in the CPD log/,
    );
  });

  it('a version 1 database gets the outline for a role with no framework, and keeps the one the PCN imported', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = openFolder(dir);
    await pcnWithGp(first);
    makeVersion1(first);
    await ok(first, 'framework.import', {
      format: 'csv',
      text: CARE_COORDINATION_CSV,
      frameworkId: 'cc-framework',
      title: 'Care coordinator competencies',
      roles: ['care_coordinator'],
    });
    closeLast();

    const upgraded = openFolder(dir);
    const frameworks = await ok(upgraded, 'framework.list', {});
    expect(frameworks.map((f) => [f.id, f.title, f.roles])).toEqual([
      ['cc-framework', 'Care coordinator competencies', ['care_coordinator']],
      ['hwbc-outline', 'Health and wellbeing coach: development framework outline', ['hwbc']],
      ['splw-wdf-outline', 'Social prescribing link worker: Workforce Development Framework outline', ['splw']],
    ]);
    expect(frameworkForRole(upgraded.ctx, 'care_coordinator')?.id).toBe('cc-framework');
    expect(auditActions(upgraded, 'framework.install').map((a) => a.summary)).toContain(
      'Installed the built-in framework: Health and wellbeing coach: development framework outline',
    );
  });

  it('every role has its outline in a new database, each marked as an outline, and importing the official text replaces it', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const backend = openFolder(dir);
    const roles = ['splw', 'care_coordinator', 'hwbc'] as const;
    for (const role of roles) {
      const framework = frameworkForRole(backend.ctx, role);
      expect(framework?.title, role).toMatch(/outline$/);
      expect(framework?.note, role).toMatch(/Linkwork's own words/);
    }
    const official = {
      ...frameworkForRole(backend.ctx, 'hwbc'),
      id: 'hwbc-official',
      title: 'Health and wellbeing coach framework',
    };
    await ok(backend, 'framework.import', { format: 'json', text: JSON.stringify(official) });
    expect(frameworkForRole(backend.ctx, 'hwbc')?.id).toBe('hwbc-official');
  });
});
