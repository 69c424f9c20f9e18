import type { FrameworkDocument, Rating, RatingEntry } from '../domain/competencies.ts';
import { roundToPlaces } from './money.ts';

/** The rating that counts: the supervisor's agreed rating once given, else the worker's own. */
export function effectiveRating(entry: RatingEntry | undefined): Rating | null {
  if (!entry) return null;
  return entry.agreedRating ?? entry.selfRating;
}

export interface AreaSummary {
  areaId: string;
  title: string;
  /** Mean agreed rating of the area's rated competencies, or null when none is agreed. */
  agreedAverage: number | null;
  selfAverage: number | null;
  /** Competencies whose agreed (else self) rating is below the target level. */
  gaps: { competencyId: string; title: string; rating: Rating | null }[];
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : roundToPlaces(values.reduce((a, b) => a + b, 0) / values.length, 2);

export function summariseByArea(
  framework: FrameworkDocument,
  ratings: readonly RatingEntry[],
  target: number,
): AreaSummary[] {
  const byId = new Map(ratings.map((r) => [r.competencyId, r]));
  return framework.areas.map((area) => {
    const entries = area.competencies.map((c) => byId.get(c.id));
    return {
      areaId: area.id,
      title: area.title,
      agreedAverage: mean(entries.flatMap((e) => (e?.agreedRating == null ? [] : [e.agreedRating]))),
      selfAverage: mean(entries.flatMap((e) => (e?.selfRating == null ? [] : [e.selfRating]))),
      gaps: area.competencies
        .map((c) => ({ competencyId: c.id, title: c.title, rating: effectiveRating(byId.get(c.id)) }))
        .filter((g) => g.rating !== null && g.rating < target),
    };
  });
}

export interface RatingChange {
  competencyId: string;
  title: string;
  before: Rating | null;
  after: Rating | null;
  /** after − before, or null when either is missing. */
  change: number | null;
}

/** What changed between two assessments, competency by competency, on the later one's framework. */
export function compareAssessments(
  framework: FrameworkDocument,
  before: readonly RatingEntry[],
  after: readonly RatingEntry[],
): RatingChange[] {
  const earlier = new Map(before.map((r) => [r.competencyId, r]));
  const later = new Map(after.map((r) => [r.competencyId, r]));
  return framework.areas.flatMap((area) =>
    area.competencies.map((c) => {
      const b = effectiveRating(earlier.get(c.id));
      const a = effectiveRating(later.get(c.id));
      return {
        competencyId: c.id,
        title: c.title,
        before: b,
        after: a,
        change: a === null || b === null ? null : a - b,
      };
    }),
  );
}

export function competencyCount(framework: FrameworkDocument): number {
  return framework.areas.reduce((n, a) => n + a.competencies.length, 0);
}
