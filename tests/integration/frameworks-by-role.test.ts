import { describe, expect, it } from 'vitest';
import { selfRateTheRest } from '../support/assessments.ts';
import { callsOn, ok, testBackend } from '../support/backend.ts';
import { CARE_COORDINATION_CSV } from '../support/care-coordination-framework.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';

describe('frameworks are data: any role with one gets assessments and the heat map', () => {
  it('a care coordinator is assessed on an imported framework and appears in its own heat map', async () => {
    const backend = testBackend();
    const { gpId } = await pcnWithGp(backend);
    await ok(backend, 'framework.import', {
      format: 'csv',
      text: CARE_COORDINATION_CSV,
      frameworkId: 'cc-framework',
      title: 'Care coordinator competencies',
      roles: ['care_coordinator'],
    });
    const frameworks = await ok(backend, 'framework.list', {});
    // The imported framework comes before the built-in outline for the same role, which it replaces.
    expect(frameworks.map((f) => [f.id, f.roles, f.competencies])).toEqual([
      ['cc-framework', ['care_coordinator'], 3],
      ['care-coordinator-outline', ['care_coordinator'], 18],
      ['hwbc-outline', ['hwbc'], 17],
      ['splw-wdf-outline', ['splw'], 24],
    ]);

    const sam = await ok(
      backend,
      'worker.create',
      linkWorker({ name: 'Sam Okafor', role: 'care_coordinator', supervisorId: gpId }),
    );
    const { id, frameworkId } = await ok(backend, 'assessment.start', { workerId: sam.id });
    expect(frameworkId).toBe('cc-framework');
    await ok(backend, 'assessment.saveRating', {
      assessmentId: id,
      competencyId: 'planning.conversations',
      selfRating: 3,
    });
    expect(await backend.call('assessment.submit', { id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Rate all 3 competencies before submitting: 2 are not rated yet' },
    });
    await selfRateTheRest(callsOn(backend), id, 1);
    await ok(backend, 'assessment.submit', { id });
    await ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: gpId } });
    await ok(backend, 'assessment.agree', { assessmentId: id, areaId: null });
    await ok(backend, 'assessment.sign', { id });

    const { frameworks: maps } = await ok(backend, 'competency.heatmap', {});
    expect(maps.map((m) => [m.id, m.rows.length])).toEqual([
      ['cc-framework', 1],
      ['care-coordinator-outline', 0],
      ['hwbc-outline', 0],
      ['splw-wdf-outline', 0],
    ]);
    expect(maps.find((m) => m.id === 'cc-framework')).toMatchObject({
      title: 'Care coordinator competencies',
      roles: ['care_coordinator'],
      areas: [
        { id: 'planning', title: 'Personalised care planning' },
        { id: 'coordination', title: 'Coordinating care' },
      ],
      rows: [
        {
          workerId: sam.id,
          name: 'Sam Okafor',
          employerId: 1,
          basePracticeId: 1,
          signedAt: '2026-11-24T10:00:00.000Z',
          averages: [2, 1],
        },
      ],
    });
    expect((await ok(backend, 'competency.profile', { workerId: sam.id })).latest?.areas).toHaveLength(2);
  });

  it('a role with no framework cannot start an assessment, and has no heat map', async () => {
    const backend = testBackend();
    const { gpId } = await pcnWithGp(backend);
    // Every role has a built-in outline; a database that somehow lacks the coaches' one is made here.
    backend.ctx.db.prepare("DELETE FROM framework_version WHERE framework_id = 'hwbc-outline'").run();
    const coach = await ok(
      backend,
      'worker.create',
      linkWorker({ name: 'Ana Silva', role: 'hwbc', supervisorId: gpId }),
    );
    expect(await backend.call('assessment.start', { workerId: coach.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'No competency framework covers this role yet: add one in Settings' },
    });
    const { frameworks } = await ok(backend, 'competency.heatmap', {});
    expect(frameworks.flatMap((f) => f.roles)).toEqual(['care_coordinator', 'splw']);
  });
});
