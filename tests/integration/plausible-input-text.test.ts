import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { ok, testBackend } from '../support/backend.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';
import { refused } from '../support/refused.ts';
import { newSupervisionSession } from '../support/supervision-session.ts';

// 943 476 5919 passes the NHS number's check digit.
const NHS_NUMBER = '943 476 5919';
const NHS_WARNING = `This looks like an NHS number (${NHS_NUMBER}): remove patient identifiers before saving`;
// From the built-in framework for link workers.
const COMPETENCY = 'person-centred.what-matters';

async function draftAssessment(backend: Backend, workerId: number): Promise<number> {
  return (await ok(backend, 'assessment.start', { workerId })).id;
}

describe('an NHS number in free text', () => {
  it('is refused in an action owner, a supervisor name, training notes and assessment reflections', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    const owner = newSupervisionSession(workerId, gpId, {
      actions: [{ description: 'Call back', owner: `Owner ${NHS_NUMBER}`, dueDate: '2026-12-01' }],
    });
    expect(await refused(backend, 'supervision.save', owner, 'actions.0.owner', 'supervision_session')).toBe(
      NHS_WARNING,
    );
    const outside = newSupervisionSession(workerId, gpId, {
      supervisorId: null,
      supervisorName: `Dr Lee ${NHS_NUMBER}`,
    });
    await refused(backend, 'supervision.save', outside, 'supervisorName', 'supervision_session');
    const record = {
      workerId,
      requirementId: 'fire-safety',
      status: 'completed',
      completedOn: '2026-11-01',
      notes: `Patient ${NHS_NUMBER} was there`,
    };
    await refused(backend, 'training.record', record, 'notes', 'training_record');
    const assessmentId = await draftAssessment(backend, workerId);
    const rating = { assessmentId, competencyId: COMPETENCY, selfRating: 2, reflection: `I helped ${NHS_NUMBER}` };
    await refused(backend, 'assessment.saveRating', rating, 'reflection', 'assessment_rating');
  });
});

describe('a name', () => {
  it('made only of zero-width characters, or holding a NUL or half a character, is refused', async () => {
    const backend = testBackend();
    await supervisedLinkWorker(backend);
    const nameOf = async (name: string) => refused(backend, 'worker.create', linkWorker({ name }), 'name', 'worker');
    expect(await nameOf('\u200B\u200C\u200D\u2060\uFEFF')).toBe('Enter the worker’s name');
    expect(await nameOf('Jane\u0000Smith')).toMatch(/control character/);
    expect(await nameOf('Jane \uD83D')).toMatch(/broken character/);
  });

  it('is stored in NFC without invisible characters at its ends', async () => {
    const backend = testBackend();
    await supervisedLinkWorker(backend);
    const worker = await ok(backend, 'worker.create', linkWorker({ name: '\u200BZoe\u0308 Ndlovu ' }));
    expect(worker.name).toBe('Zo\u00EB Ndlovu');
  });
});

describe('ids that name framework items', () => {
  it('are capped in length and checked against the framework', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    const assessmentId = await draftAssessment(backend, workerId);
    const huge = { assessmentId, competencyId: 'x'.repeat(1_000_000), selfRating: 2 };
    expect(await refused(backend, 'assessment.saveRating', huge, 'competencyId', 'assessment_rating')).toBe(
      'An id is at most 100 characters: choose one from the list',
    );
    const unknown = { assessmentId, competencyId: 'no-such-competency', selfRating: 2 };
    await refused(backend, 'assessment.saveRating', unknown, 'competencyId', 'assessment_rating');

    const action = {
      id: null,
      fields: {
        workerId,
        competencyId: 'no-such-competency',
        description: 'Shadow a colleague',
        targetDate: '2027-01-31',
        status: 'open' as const,
      },
    };
    expect(await refused(backend, 'action.save', action, 'competencyId', 'development_action')).toMatch(
      /"no-such-competency" is not a competency in /,
    );
    const linked = newSupervisionSession(workerId, gpId, { learningCompetencyIds: [COMPETENCY, 'no-such-competency'] });
    await refused(backend, 'supervision.save', linked, 'learningCompetencyIds', 'supervision_session');

    await ok(backend, 'action.save', { ...action, fields: { ...action.fields, competencyId: COMPETENCY } });
    await ok(
      backend,
      'supervision.save',
      newSupervisionSession(workerId, gpId, { learningCompetencyIds: [COMPETENCY] }),
    );
  });
});

describe('lists', () => {
  it('have a sane maximum: 10,000 kinds of supervision are refused', async () => {
    const backend = testBackend();
    await supervisedLinkWorker(backend);
    const settings = await ok(backend, 'settings.get', {});
    const kinds = Array.from({ length: 10_000 }, (_, i) => `Kind ${i + 1}`);
    expect(
      await refused(
        backend,
        'settings.update',
        { ...settings, supervisionKinds: kinds },
        'supervisionKinds',
        'setting',
      ),
    ).toBe('List at most 50 kinds of supervision');
  });
});
