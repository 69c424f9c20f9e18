import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract.ts';
import type { Rating } from '../../src/shared/domain/competencies.ts';

/** Calls a method and answers its value, failing on a refusal (`callsOn` in backend.ts, or a test's own caller). */
export type Call = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

/**
 * Self-rates every competency of the assessment's framework not rated yet, so it can be submitted under the
 * default sign-off (every competency self-rated).
 */
export async function selfRateTheRest(call: Call, assessmentId: number, rating: Rating = 2): Promise<void> {
  const { framework, ratings } = await call('assessment.get', { id: assessmentId });
  const rated = new Set(ratings.filter((r) => r.selfRating !== null).map((r) => r.competencyId));
  for (const competencyId of framework.areas.flatMap((a) => a.competencies.map((c) => c.id))) {
    if (!rated.has(competencyId))
      await call('assessment.saveRating', { assessmentId, competencyId, selfRating: rating });
  }
}
