import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { selfRateTheRest } from '../support/assessments.ts';
import { callsOn, count, ok, testBackend } from '../support/backend.ts';
import { pdfText } from '../support/pdf-text.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';
import { decodeMatrix } from '../../src/shared/rules/matrix-wire.ts';

const FRAMEWORK = 'splw-wdf-outline';
const RATED = ['person-centred.what-matters', 'community-connection.local-assets', 'safe-practice.safeguarding'];

async function linkWorkerWithSupervisor(backend: Backend) {
  const { workerId, gpId } = await supervisedLinkWorker(backend);
  return { workerId, supervisorId: gpId };
}

/**
 * Self-rates, submits, agrees and signs: a whole cycle, returning the assessment id. The three competencies below
 * take the ratings given; every other one is self-rated 2 and agreed as rated.
 */
async function signedAssessment(
  backend: Backend,
  workerId: number,
  supervisorId: number,
  self: number[],
  agreed: number[],
) {
  const { id } = await ok(backend, 'assessment.start', { workerId });
  for (const [i, competencyId] of RATED.entries()) {
    await ok(backend, 'assessment.saveRating', {
      assessmentId: id,
      competencyId,
      selfRating: self[i] as 0,
      reflection: `Reflection ${i}`,
    });
  }
  await selfRateTheRest(callsOn(backend), id);
  await ok(backend, 'assessment.submit', { id });
  await ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: supervisorId } });
  for (const [i, competencyId] of RATED.entries()) {
    await ok(backend, 'assessment.review', {
      assessmentId: id,
      competencyId,
      agreedRating: agreed[i] as 0,
      supervisorComment: 'Agreed',
    });
  }
  await ok(backend, 'assessment.agree', { assessmentId: id, areaId: null });
  await ok(backend, 'assessment.sign', { id });
  await ok(backend, 'app.setCurrentUser', { person: null });
  return id;
}

describe('competency assessments', () => {
  it('keep the self-rating and the agreed rating side by side, and lock once signed', async () => {
    const backend = testBackend();
    const { workerId, supervisorId } = await linkWorkerWithSupervisor(backend);
    const id = await signedAssessment(backend, workerId, supervisorId, [1, 2, 3], [2, 2, 2]);
    const { assessment, ratings } = await ok(backend, 'assessment.get', { id });
    expect(assessment).toMatchObject({ status: 'signed', signedBy: 'Dr Asha Patel', kind: 'baseline' });
    expect(ratings.find((r) => r.competencyId === 'person-centred.what-matters')).toMatchObject({
      selfRating: 1,
      agreedRating: 2,
    });

    const write = await backend.call('assessment.saveRating', {
      assessmentId: id,
      competencyId: 'person-centred.what-matters',
      selfRating: 3,
    });
    expect(write).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(
          /signed on .* by Dr Asha Patel and is locked; only the supervisor can reopen it/,
        ),
      },
    });
    const review = await backend.call('assessment.review', {
      assessmentId: id,
      competencyId: 'person-centred.what-matters',
      agreedRating: 3,
    });
    expect(review).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(() => backend.ctx.db.prepare('UPDATE assessment_rating SET agreed_rating = 3').run()).toThrow(
      /signed and locked/,
    );
  });

  it('let only the named supervisor sign or reopen; reopening keeps the signed version and is audited', async () => {
    const backend = testBackend();
    const { workerId, supervisorId } = await linkWorkerWithSupervisor(backend);
    const id = await signedAssessment(backend, workerId, supervisorId, [1, 1, 1], [1, 1, 1]);

    const byWorker = await backend.call('assessment.reopen', { id, reason: 'Worker asked to add evidence' });
    expect(byWorker).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('Dr Asha Patel') },
    });

    await ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: supervisorId } });
    const reopened = await ok(backend, 'assessment.reopen', { id, reason: 'Worker asked to add evidence' });
    expect(reopened.status).toBe('submitted');
    const { signedVersions } = await ok(backend, 'assessment.get', { id });
    expect(signedVersions).toEqual([
      expect.objectContaining({ signedBy: 'Dr Asha Patel', reopenReason: 'Worker asked to add evidence' }),
    ]);
    const snapshot = JSON.parse(
      (backend.ctx.db.prepare('SELECT snapshot FROM assessment_signed_version').get() as { snapshot: string }).snapshot,
    );
    expect(snapshot.ratings).toHaveLength(24);
    const { entries } = await ok(backend, 'audit.list', { workerId });
    expect(entries[0]).toMatchObject({
      action: 'assessment.reopen',
      summary: expect.stringContaining('Worker asked to add evidence'),
    });
  });

  it('show the difference between two assessments', async () => {
    const backend = testBackend();
    const { workerId, supervisorId } = await linkWorkerWithSupervisor(backend);
    const first = await signedAssessment(backend, workerId, supervisorId, [1, 1, 1], [1, 1, 2]);
    const second = await signedAssessment(backend, workerId, supervisorId, [2, 2, 2], [2, 3, 2]);
    const changes = await ok(backend, 'assessment.compare', { fromId: first, toId: second });
    expect(changes.filter((c) => RATED.includes(c.competencyId))).toEqual([
      expect.objectContaining({ competencyId: 'person-centred.what-matters', before: 1, after: 2, change: 1 }),
      expect.objectContaining({ competencyId: 'community-connection.local-assets', before: 1, after: 3, change: 2 }),
      expect.objectContaining({ competencyId: 'safe-practice.safeguarding', before: 2, after: 2, change: 0 }),
    ]);
    const profile = await ok(backend, 'competency.profile', { workerId });
    expect(profile.latest?.assessment.kind).toBe('annual');
    // 3 for local assets, 2 for the area's other three competencies.
    expect(profile.latest?.areas.find((a) => a.areaId === 'community-connection')?.agreedAverage).toBe(2.25);
    expect(profile.previous?.areas.find((a) => a.areaId === 'safe-practice')?.gaps).toEqual([]);
  });

  it('use configurable labels for the rating scale, in the app and in the PDF', async () => {
    const backend = testBackend();
    const { workerId, supervisorId } = await linkWorkerWithSupervisor(backend);
    const settings = await ok(backend, 'settings.get', {});
    expect(settings.ratingLabels).toEqual([
      'Not yet',
      'Developing (with support)',
      'Competent (independent)',
      'Proficient (can support others)',
    ]);
    await ok(backend, 'settings.update', { ...settings, ratingLabels: ['Beginning', 'Growing', 'Secure', 'Leading'] });
    const id = await signedAssessment(backend, workerId, supervisorId, [1, 2, 3], [2, 2, 3]);
    expect((await ok(backend, 'assessment.get', { id })).ratingLabels).toEqual([
      'Beginning',
      'Growing',
      'Secure',
      'Leading',
    ]);
    const bad = await backend.call('settings.update', { ...settings, ratingLabels: ['One', 'Two', ''] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const pdf = await ok(backend, 'assessment.pdf', { id });
    const text = await pdfText(Buffer.from(pdf.dataBase64, 'base64'));
    expect(text).toContain('Florence Ndlovu');
    expect(text).toContain('Dr Asha Patel');
    expect(text).toMatch(/'What matters to you' conversations\s+1 Growing\s+2 Secure/);
  });

  it('print the signed assessment with the profile chart and signature lines naming who and when', async () => {
    const backend = testBackend();
    const { workerId, supervisorId } = await linkWorkerWithSupervisor(backend);
    const draftPdf = async (id: number) =>
      pdfText(Buffer.from((await ok(backend, 'assessment.pdf', { id })).dataBase64, 'base64'));
    const id = await signedAssessment(backend, workerId, supervisorId, [1, 2, 3], [2, 2, 3]);
    const text = await draftPdf(id);
    expect(text).toContain('Profile: agreed ratings by area');
    // Person-centred practice: 2, 2, 2, 2 agreed; 1, 2, 2, 2 self.
    expect(text).toMatch(/Person-centred practice\s+2\.0 \(self 1\.8\)/);
    expect(text).toContain('Target: 2 Competent (independent)');
    expect(text).toMatch(/Florence Ndlovu\s+Dr Asha Patel\s+Worker\s+Supervisor/);
    expect(text).toContain('Submitted for review on 24/11/2026 10:00');
    expect(text).toMatch(/Signed by Dr Asha Patel, chosen under "Acting as", on\s+24\/11\/2026 at 10:00/);
    expect(text).not.toContain('____');

    const { id: next } = await ok(backend, 'assessment.start', { workerId });
    const unsigned = await draftPdf(next);
    expect(unsigned).toContain('Not submitted for review yet');
    expect(unsigned).toContain('Not signed yet: this is a draft');
  });

  it('feeds the assessment cycle into the requirement status', async () => {
    const backend = testBackend();
    const { workerId, supervisorId } = await linkWorkerWithSupervisor(backend);
    const status = async () =>
      (await ok(backend, 'compliance.worker', { workerId })).items.find(
        (i) => i.requirement.id === 'competency-self-assessment',
      )?.status;
    expect(await status()).toMatchObject({ status: 'overdue', date: '2025-07-01' });
    await signedAssessment(backend, workerId, supervisorId, [1, 1, 1], [1, 1, 1]);
    expect(await status()).toMatchObject({ status: 'complete', date: '2027-11-24' });
    const matrix = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
    const column = matrix.columns.findIndex((c) => c.id === 'competency-self-assessment');
    expect(matrix.rows.find((r) => r.workerId === workerId)?.cells[column]).toEqual({ s: 'complete', d: '2027-11-24' });
  });
});

describe('evidence for a rating', () => {
  it("links the worker's own training records and refuses anyone else's", async () => {
    const backend = testBackend();
    const { workerId } = await linkWorkerWithSupervisor(backend);
    const other = await ok(backend, 'worker.create', linkWorker({ name: 'Other Person' }));
    const own = await ok(backend, 'training.record', {
      workerId,
      requirementId: 'safeguarding-adults',
      status: 'completed',
      completedOn: '2025-05-01',
    });
    const theirs = await ok(backend, 'training.record', {
      workerId: other.id,
      requirementId: 'safeguarding-adults',
      status: 'completed',
      completedOn: '2025-05-01',
    });
    const { id } = await ok(backend, 'assessment.start', { workerId });
    const competencyId = 'safe-practice.safeguarding';
    expect(
      await ok(backend, 'assessment.saveRating', {
        assessmentId: id,
        competencyId,
        selfRating: 2,
        evidenceRecordIds: [own.id],
      }),
    ).toMatchObject({ evidenceRecordIds: [own.id] });
    const refused = await backend.call('assessment.saveRating', {
      assessmentId: id,
      competencyId,
      selfRating: 2,
      evidenceRecordIds: [theirs.id],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { details: { fields: { evidenceRecordIds: expect.stringContaining('own records') } } },
    });
    expect((await ok(backend, 'assessment.get', { id })).ratings[0]?.evidenceRecordIds).toEqual([own.id]);
  });
});

describe('frameworks as data', () => {
  const csv = (rows: string[]) =>
    ['area_id,area_title,competency_id,competency_title,description,source', ...rows].join('\n');

  it('rejects a CSV with missing columns, a duplicate id or an unknown area, naming the line, and imports nothing', async () => {
    const backend = testBackend();
    const before = count(backend, 'framework_version');
    const attempts: [string, RegExp][] = [
      ['area_id,competency_id\npc,pc.one', /^line 1: missing column competency_title$/],
      [
        csv(['pc,Person-centred,pc.one,One,,', 'pc,,pc.two,Two,,', 'pc,,pc.one,One again,,']),
        /^line 4: the competency id "pc.one" is used more than once$/,
      ],
      [csv(['pc,Person-centred,pc.one,One,,', 'zz,,zz.one,Mystery,,']), /^line 3: unknown area "zz"/],
    ];
    for (const [text, error] of attempts) {
      const result = await backend.call('framework.import', {
        format: 'csv',
        text,
        frameworkId: 'cc-framework',
        title: 'Care coordinator framework',
        roles: ['care_coordinator'],
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.details?.fields?.file).toMatch(error);
    }
    expect(count(backend, 'framework_version')).toBe(before);
  });

  it('imports a new framework for another role from CSV, and round-trips JSON exports', async () => {
    const backend = testBackend();
    const created = await ok(backend, 'framework.import', {
      format: 'csv',
      text: csv([
        'pc,Personalised care,pc.one,Care and support planning,Plans with people,',
        'pc,,pc.two,Shared decisions,,',
      ]),
      frameworkId: 'cc-framework',
      title: 'Care coordinator framework',
      roles: ['care_coordinator'],
    });
    expect(created).toMatchObject({
      id: 'cc-framework',
      version: 1,
      areas: [{ id: 'pc', competencies: [{ id: 'pc.one' }, { id: 'pc.two' }] }],
    });
    const exported = await ok(backend, 'framework.export', { id: FRAMEWORK, format: 'json' });
    const again = await ok(backend, 'framework.import', { format: 'json', text: exported.text });
    expect(again.version).toBe(2);
    const csvOut = await ok(backend, 'framework.export', { id: FRAMEWORK, format: 'csv' });
    expect(csvOut.text.split('\n')[0]).toBe('area_id,area_title,competency_id,competency_title,description,source\r');
  });

  it('keeps an assessment made on version 1 readable after version 2 is loaded', async () => {
    const backend = testBackend();
    const { workerId, supervisorId } = await linkWorkerWithSupervisor(backend);
    const id = await signedAssessment(backend, workerId, supervisorId, [1, 2, 3], [1, 2, 3]);
    const builtIn = JSON.parse(fs.readFileSync('resources/catalogue/competencies-splw.json', 'utf8'));
    builtIn.areas[0].competencies[0].title = 'Reworded in version 2';
    builtIn.areas = builtIn.areas.slice(0, 3);
    await ok(backend, 'framework.import', { format: 'json', text: JSON.stringify(builtIn) });
    expect((await ok(backend, 'framework.get', { id: FRAMEWORK })).version).toBe(2);

    const old = await ok(backend, 'assessment.get', { id });
    expect(old.framework.version).toBe(1);
    expect(old.framework.areas).toHaveLength(7);
    expect(old.framework.areas[0]?.competencies[0]?.title).toBe("'What matters to you' conversations");
    const next = await ok(backend, 'assessment.start', { workerId });
    expect(next).toMatchObject({ frameworkVersion: 2, kind: 'annual' });
  });

  it('edits a competency by storing a new version', async () => {
    const backend = testBackend();
    const edited = await ok(backend, 'framework.editCompetency', {
      frameworkId: FRAMEWORK,
      competencyId: 'development.wellbeing',
      title: 'Own wellbeing',
      description: 'Looks after themselves',
    });
    expect(edited.version).toBe(2);
    expect(edited.areas.at(-1)?.competencies.at(-1)).toMatchObject({ title: 'Own wellbeing' });
  });
});
