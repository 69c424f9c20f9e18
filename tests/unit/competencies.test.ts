import { describe, expect, it } from 'vitest';
import type { FrameworkDocument, RatingEntry } from '../../src/shared/domain/competencies.ts';
import { compareAssessments, effectiveRating, summariseByArea } from '../../src/shared/rules/competencies.ts';

const framework: FrameworkDocument = {
  catalogue: 'competency-framework',
  id: 'test',
  version: 1,
  title: 'Test framework',
  roles: ['splw'],
  note: '',
  source: '',
  areas: [
    {
      id: 'a',
      title: 'Area A',
      competencies: [
        { id: 'a.1', title: 'A one', description: '', source: '' },
        { id: 'a.2', title: 'A two', description: '', source: '' },
      ],
    },
    { id: 'b', title: 'Area B', competencies: [{ id: 'b.1', title: 'B one', description: '', source: '' }] },
  ],
};
const entry = (
  competencyId: string,
  selfRating: RatingEntry['selfRating'],
  agreedRating: RatingEntry['agreedRating'] = null,
): RatingEntry => ({
  competencyId,
  selfRating,
  agreedRating,
  reflection: '',
  evidenceRecordIds: [],
  supervisorComment: '',
});

describe('competency rules', () => {
  it('count the agreed rating over the self-rating, never merging them', () => {
    expect(effectiveRating(entry('a.1', 3, 1))).toBe(1);
    expect(effectiveRating(entry('a.1', 2))).toBe(2);
    expect(effectiveRating(undefined)).toBeNull();
  });

  it('summarise each area and list the gaps below the target', () => {
    const summary = summariseByArea(framework, [entry('a.1', 3, 2), entry('a.2', 1, 1), entry('b.1', 2)], 2);
    expect(summary).toEqual([
      {
        areaId: 'a',
        title: 'Area A',
        agreedAverage: 1.5,
        selfAverage: 2,
        gaps: [{ competencyId: 'a.2', title: 'A two', rating: 1 }],
      },
      { areaId: 'b', title: 'Area B', agreedAverage: null, selfAverage: 2, gaps: [] },
    ]);
  });

  it('compare two assessments competency by competency', () => {
    const changes = compareAssessments(
      framework,
      [entry('a.1', 1, 1), entry('b.1', 2, 2)],
      [entry('a.1', 2, 3), entry('a.2', 1)],
    );
    expect(changes).toEqual([
      { competencyId: 'a.1', title: 'A one', before: 1, after: 3, change: 2 },
      { competencyId: 'a.2', title: 'A two', before: null, after: 1, change: null },
      { competencyId: 'b.1', title: 'B one', before: 2, after: null, change: null },
    ]);
  });
});
