import type {
  AssessmentEvidence,
  FrameworkDocument,
  Rating,
  RatingEntry,
  SignOffRule,
} from '../domain/competencies.ts';
import type { RecordFacts } from './compliance.ts';
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

/** Each area's mean agreed rating (null where none is agreed), from agreed ratings by competency id. */
export function agreedAveragesByArea(
  framework: Pick<FrameworkDocument, 'areas'>,
  agreed: ReadonlyMap<string, number>,
): (number | null)[] {
  return framework.areas.map((area) =>
    mean(area.competencies.flatMap((c) => (agreed.has(c.id) ? [agreed.get(c.id) as number] : []))),
  );
}

/** The team's average for each area: the mean of the people's area averages, counting only those with one. */
export function teamAverages(
  rows: readonly { averages: readonly (number | null)[] }[],
  areas: number,
): (number | null)[] {
  return Array.from({ length: areas }, (_, i) =>
    mean(rows.flatMap((r) => (r.averages[i] == null ? [] : [r.averages[i] as number]))),
  );
}

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

/** How many of `total` competencies a percentage asks for: rounded up, at least one (of a non-empty framework). */
export function competenciesNeeded(total: number, percent: number): number {
  return Math.min(total, Math.max(1, Math.ceil((total * percent) / 100)));
}

/** The two steps the sign-off rule guards: the worker submitting, the supervisor signing. */
export type SignOffStep = 'submit' | 'sign';

export interface Coverage {
  step: SignOffStep;
  /** Competencies in the framework. */
  total: number;
  /** Of those, self-rated (to submit) or with an agreed rating (to sign). */
  done: number;
  /** How many the rule asks for. */
  needed: number;
}

/** How far an assessment's ratings cover its framework, for one step of the sign-off. */
export function coverageOf(
  framework: FrameworkDocument,
  ratings: readonly RatingEntry[],
  step: SignOffStep,
  rule: SignOffRule,
): Coverage {
  const byId = new Map(ratings.map((r) => [r.competencyId, r]));
  const ids = framework.areas.flatMap((a) => a.competencies.map((c) => c.id));
  const done = ids.filter((id) => {
    const r = byId.get(id);
    return (step === 'submit' ? r?.selfRating : r?.agreedRating) != null;
  }).length;
  const percent = step === 'submit' ? rule.selfRatedToSubmitPercent : rule.agreedToSignPercent;
  return { step, total: ids.length, done, needed: competenciesNeeded(ids.length, percent) };
}

const WORDS = {
  submit: { ask: 'Rate', before: 'submitting', state: 'rated' },
  sign: { ask: 'Agree a rating for', before: 'signing', state: 'agreed' },
} as const;

const isAre = (n: number) => (n === 1 ? 'is' : 'are');

/**
 * Why the step cannot be taken yet, naming how many are missing ("Rate all 24 competencies before submitting:
 * 23 are not rated yet"), or null when the coverage is enough.
 */
export function coverageShortfall({ step, total, done, needed }: Coverage): string | null {
  if (done >= needed) return null;
  const { ask, before, state } = WORDS[step];
  if (needed === total) {
    if (total === 1) return `${ask} the one competency before ${before}: it is not ${state} yet`;
    const missing = total - done;
    return `${ask} all ${total} competencies before ${before}: ${missing} ${isAre(missing)} not ${state} yet`;
  }
  const sofar = done === 0 ? `none is ${state} yet` : `only ${done} ${isAre(done)} ${state} so far`;
  return `${ask} at least ${needed} of the ${total} competencies before ${before}: ${sofar}`;
}

/**
 * An assessment for the status engine: a signed one completes the cycle on the day it was signed only when enough
 * of it has an agreed rating under the rule in force; an open one, or one signed with too little agreed, is in progress.
 */
export function assessmentAsFacts(e: AssessmentEvidence, rule: SignOffRule): RecordFacts {
  const counts = e.competencies > 0 && e.agreed >= competenciesNeeded(e.competencies, rule.agreedToSignPercent);
  return e.signedOn !== null && counts
    ? { status: 'completed', completedOn: e.signedOn, expiresOn: null }
    : { status: 'in_progress', completedOn: null, expiresOn: null };
}

/**
 * The entries that change when the supervisor agrees with the worker: every self-rated competency in scope (one
 * area, or the whole framework) with no agreed rating yet takes the self-rating; ratings already agreed stay.
 */
export function agreeWithSelfRatings(
  framework: FrameworkDocument,
  ratings: readonly RatingEntry[],
  areaId: string | null,
): RatingEntry[] {
  const inScope = new Set(
    framework.areas.filter((a) => areaId === null || a.id === areaId).flatMap((a) => a.competencies.map((c) => c.id)),
  );
  return ratings.flatMap((r) =>
    inScope.has(r.competencyId) && r.selfRating !== null && r.agreedRating === null
      ? [{ ...r, agreedRating: r.selfRating }]
      : [],
  );
}
