import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { decodeMatrix } from '../../src/shared/rules/matrix-wire.ts';
import { selfRateTheRest } from '../support/assessments.ts';
import { callsOn, ok, testBackend } from '../support/backend.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

const FIRST_AREA = 'person-centred'; // four competencies
const FIRST = 'person-centred.what-matters';

/** Florence's draft assessment, with the first `rated` competencies of the framework self-rated 2. */
async function draft(backend: Backend, rated: number) {
  const { workerId, gpId } = await supervisedLinkWorker(backend);
  const { id } = await ok(backend, 'assessment.start', { workerId });
  const { framework } = await ok(backend, 'assessment.get', { id });
  const ids = framework.areas.flatMap((a) => a.competencies.map((c) => c.id));
  for (const competencyId of ids.slice(0, rated))
    await ok(backend, 'assessment.saveRating', { assessmentId: id, competencyId, selfRating: 2 });
  return { id, workerId, gpId, ids };
}

const asSupervisor = (backend: Backend, gpId: number) =>
  ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: gpId } });

const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } });

const setCoverage = async (backend: Backend, toSubmit: number, toSign: number) =>
  ok(backend, 'settings.update', {
    ...(await ok(backend, 'settings.get', {})),
    selfRatedToSubmitPercent: toSubmit,
    agreedToSignPercent: toSign,
  });

describe('submitting needs the self-rating coverage set in Settings', () => {
  it('by default every competency: one of 24 rated is refused, naming how many are missing, and nothing changes', async () => {
    const backend = testBackend();
    const { id } = await draft(backend, 1);
    expect(await backend.call('assessment.submit', { id })).toMatchObject(
      refusal('CONFLICT', 'Rate all 24 competencies before submitting: 23 are not rated yet'),
    );
    expect((await ok(backend, 'assessment.get', { id })).assessment.status).toBe('draft');
    await selfRateTheRest(callsOn(backend), id);
    expect((await ok(backend, 'assessment.submit', { id })).status).toBe('submitted');
  });

  it('at 50% twelve of the 24 are enough, and eleven are not', async () => {
    const backend = testBackend();
    await setCoverage(backend, 50, 100);
    const { id, ids } = await draft(backend, 11);
    expect(await backend.call('assessment.submit', { id })).toMatchObject(
      refusal('CONFLICT', 'Rate at least 12 of the 24 competencies before submitting: only 11 are rated so far'),
    );
    await ok(backend, 'assessment.saveRating', { assessmentId: id, competencyId: ids[11] ?? '', selfRating: 1 });
    expect((await ok(backend, 'assessment.submit', { id })).status).toBe('submitted');
    expect((await ok(backend, 'assessment.get', { id })).signOff).toEqual({
      selfRatedToSubmitPercent: 50,
      agreedToSignPercent: 100,
    });
  });

  it('a coverage outside 1 to 100 is refused in Settings, naming the field', async () => {
    const backend = testBackend();
    const settings = await ok(backend, 'settings.get', {});
    expect(settings).toMatchObject({ selfRatedToSubmitPercent: 100, agreedToSignPercent: 100 });
    expect(await backend.call('settings.update', { ...settings, agreedToSignPercent: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { agreedToSignPercent: 'Use a percentage from 1 to 100' } } },
    });
  });
});

describe('signing needs the agreed coverage; "agree with the worker" per area or for all', () => {
  it('refuses to sign with nothing agreed, then agrees an area, then all, and keeps what was adjusted', async () => {
    const backend = testBackend();
    const { id, gpId } = await draft(backend, 24);
    await ok(backend, 'assessment.submit', { id });
    await asSupervisor(backend, gpId);
    expect(await backend.call('assessment.sign', { id })).toMatchObject(
      refusal('CONFLICT', 'Agree a rating for all 24 competencies before signing: 24 are not agreed yet'),
    );

    await ok(backend, 'assessment.review', { assessmentId: id, competencyId: FIRST, agreedRating: 3 });
    const afterArea = await ok(backend, 'assessment.agree', { assessmentId: id, areaId: FIRST_AREA });
    const agreed = afterArea.filter((r) => r.agreedRating !== null).map((r) => [r.competencyId, r.agreedRating]);
    expect(agreed.sort()).toEqual([
      ['person-centred.co-produced-plans', 2],
      ['person-centred.shared-decisions', 2],
      ['person-centred.strengths-based', 2],
      [FIRST, 3],
    ]);
    expect(await backend.call('assessment.sign', { id })).toMatchObject(
      refusal('CONFLICT', 'Agree a rating for all 24 competencies before signing: 20 are not agreed yet'),
    );

    const all = await ok(backend, 'assessment.agree', { assessmentId: id, areaId: null });
    expect(all.every((r) => r.agreedRating !== null)).toBe(true);
    expect(all.find((r) => r.competencyId === FIRST)?.agreedRating).toBe(3);
    // Then one adjusted, as the supervisor and worker agree in conversation.
    await ok(backend, 'assessment.review', {
      assessmentId: id,
      competencyId: 'development.wellbeing',
      agreedRating: 1,
      supervisorComment: 'Plan protected time',
    });
    expect((await ok(backend, 'assessment.sign', { id })).status).toBe('signed');
  });

  it('leaves competencies the worker did not rate for the supervisor to agree one by one', async () => {
    const backend = testBackend();
    await setCoverage(backend, 50, 100);
    const { id, gpId, ids } = await draft(backend, 12);
    await ok(backend, 'assessment.submit', { id });
    await asSupervisor(backend, gpId);
    await ok(backend, 'assessment.agree', { assessmentId: id, areaId: null });
    expect(await backend.call('assessment.sign', { id })).toMatchObject(
      refusal('CONFLICT', 'Agree a rating for all 24 competencies before signing: 12 are not agreed yet'),
    );
    for (const competencyId of ids.slice(12))
      await ok(backend, 'assessment.review', { assessmentId: id, competencyId, agreedRating: 1 });
    expect((await ok(backend, 'assessment.sign', { id })).status).toBe('signed');
  });

  it('is refused for an area not in the framework, to the worker, and once signed', async () => {
    const backend = testBackend();
    const { id, gpId } = await draft(backend, 24);
    await ok(backend, 'assessment.submit', { id });
    expect(await backend.call('assessment.agree', { assessmentId: id, areaId: null })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('named supervisor, Dr Asha Patel') },
    });
    await asSupervisor(backend, gpId);
    expect(await backend.call('assessment.agree', { assessmentId: id, areaId: 'no-such-area' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { areaId: expect.stringContaining('not in the framework') } } },
    });
    await ok(backend, 'assessment.agree', { assessmentId: id, areaId: null });
    await ok(backend, 'assessment.sign', { id });
    expect(await backend.call('assessment.agree', { assessmentId: id, areaId: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('is locked') },
    });
  });
});

describe("the matrix counts a signed assessment as the year's only when it meets the sign-off rule", () => {
  it('follows the rule in Settings, as it changes', async () => {
    const backend = testBackend();
    await setCoverage(backend, 50, 50);
    const { id, gpId, workerId } = await draft(backend, 12);
    await ok(backend, 'assessment.submit', { id });
    await asSupervisor(backend, gpId);
    await ok(backend, 'assessment.agree', { assessmentId: id, areaId: null });
    await ok(backend, 'assessment.sign', { id });
    await ok(backend, 'app.setCurrentUser', { person: null });

    const cell = async () => {
      const matrix = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
      const column = matrix.columns.findIndex((c) => c.id === 'competency-self-assessment');
      return matrix.rows.find((r) => r.workerId === workerId)?.cells[column];
    };
    const requirement = async () =>
      (await ok(backend, 'compliance.worker', { workerId })).items.find(
        (i) => i.requirement.id === 'competency-self-assessment',
      )?.status.status;

    expect(await cell()).toEqual({ s: 'complete', d: '2027-11-24' });
    expect(await requirement()).toBe('complete');
    await setCoverage(backend, 50, 100); // 12 of 24 agreed no longer counts
    expect((await cell())?.s).toBe('overdue');
    expect(await requirement()).toBe('overdue');
    await setCoverage(backend, 50, 50);
    expect(await cell()).toEqual({ s: 'complete', d: '2027-11-24' });
  });
});
