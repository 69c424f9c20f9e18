import { describe, expect, it } from 'vitest';
import type { FrameworkDocument, RatingEntry } from '../../src/shared/domain/competencies.ts';
import {
  agreedAveragesByArea,
  agreeWithSelfRatings,
  assessmentAsFacts,
  compareAssessments,
  competenciesNeeded,
  coverageOf,
  coverageShortfall,
  effectiveRating,
  summariseByArea,
  teamAverages,
} from '../../src/shared/rules/competencies.ts';

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

describe('the sign-off rule', () => {
  const ALL = { selfRatedToSubmitPercent: 100, agreedToSignPercent: 100 };
  const coverage = (step: 'submit' | 'sign', total: number, done: number, needed = total) => ({
    step,
    total,
    done,
    needed,
  });

  it('asks for a share of the competencies, rounded up, at least one', () => {
    expect(competenciesNeeded(24, 100)).toBe(24);
    expect(competenciesNeeded(24, 75)).toBe(18);
    expect(competenciesNeeded(24, 50)).toBe(12);
    expect(competenciesNeeded(24, 51)).toBe(13);
    expect(competenciesNeeded(24, 1)).toBe(1);
    expect(competenciesNeeded(3, 34)).toBe(2);
    expect(competenciesNeeded(0, 100)).toBe(0);
  });

  it('counts self-ratings to submit and agreed ratings to sign, within the framework only', () => {
    const ratings = [entry('a.1', 2, 2), entry('a.2', 1), entry('zz.1', 3, 3)];
    expect(coverageOf(framework, ratings, 'submit', ALL)).toEqual(coverage('submit', 3, 2));
    expect(coverageOf(framework, ratings, 'sign', { ...ALL, agreedToSignPercent: 50 })).toEqual(
      coverage('sign', 3, 1, 2),
    );
  });

  it('says how many are missing, in words', () => {
    expect(coverageShortfall(coverage('submit', 24, 1))).toBe(
      'Rate all 24 competencies before submitting: 23 are not rated yet',
    );
    expect(coverageShortfall(coverage('submit', 24, 23))).toBe(
      'Rate all 24 competencies before submitting: 1 is not rated yet',
    );
    expect(coverageShortfall(coverage('sign', 24, 0))).toBe(
      'Agree a rating for all 24 competencies before signing: 24 are not agreed yet',
    );
    expect(coverageShortfall(coverage('sign', 24, 11, 18))).toBe(
      'Agree a rating for at least 18 of the 24 competencies before signing: only 11 are agreed so far',
    );
    expect(coverageShortfall(coverage('submit', 24, 0, 12))).toBe(
      'Rate at least 12 of the 24 competencies before submitting: none is rated yet',
    );
    expect(coverageShortfall(coverage('submit', 1, 0))).toBe(
      'Rate the one competency before submitting: it is not rated yet',
    );
    expect(coverageShortfall(coverage('sign', 24, 24))).toBeNull();
    expect(coverageShortfall(coverage('sign', 24, 18, 18))).toBeNull();
  });

  it('agrees with the self-ratings in one area or all, leaving agreed and unrated ones alone', () => {
    const ratings = [entry('a.1', 3, 1), entry('a.2', 2), entry('b.1', 1)];
    expect(agreeWithSelfRatings(framework, ratings, 'a')).toEqual([entry('a.2', 2, 2)]);
    expect(agreeWithSelfRatings(framework, ratings, null)).toEqual([entry('a.2', 2, 2), entry('b.1', 1, 1)]);
    expect(agreeWithSelfRatings(framework, [entry('a.1', null)], null)).toEqual([]);
  });

  it('counts a signed assessment as done only with enough agreed under the rule in force', () => {
    const signed = { signedOn: '2026-11-24', agreed: 12, competencies: 24 };
    expect(assessmentAsFacts(signed, ALL)).toEqual({ status: 'in_progress', completedOn: null, expiresOn: null });
    expect(assessmentAsFacts(signed, { ...ALL, agreedToSignPercent: 50 })).toEqual({
      status: 'completed',
      completedOn: '2026-11-24',
      expiresOn: null,
    });
    expect(assessmentAsFacts({ ...signed, signedOn: null, agreed: 24 }, ALL).status).toBe('in_progress');
    expect(assessmentAsFacts({ signedOn: '2026-11-24', agreed: 0, competencies: 0 }, ALL).status).toBe('in_progress');
  });
});

describe('the heat map', () => {
  it("averages each area's agreed ratings, leaving an area with none agreed empty", () => {
    expect(
      agreedAveragesByArea(
        framework,
        new Map([
          ['a.1', 3],
          ['a.2', 2],
        ]),
      ),
    ).toEqual([2.5, null]);
    expect(
      agreedAveragesByArea(
        framework,
        new Map([
          ['b.1', 1],
          ['zz', 3],
        ]),
      ),
    ).toEqual([null, 1]);
  });

  it("averages the team's rows area by area, counting only the people with a figure", () => {
    const rows = [{ averages: [2, null] }, { averages: [3, null] }, { averages: [1.5, 2] }];
    expect(teamAverages(rows, 2)).toEqual([2.17, 2]);
    expect(teamAverages([], 2)).toEqual([null, null]);
  });
});
