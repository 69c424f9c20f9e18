import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentDetail, Rating, RatingEntry } from '../../../../shared/domain/competencies.ts';
import { call } from '../../api/client.ts';

const blank = (competencyId: string): RatingEntry => ({
  competencyId,
  selfRating: null,
  reflection: '',
  evidenceRecordIds: [],
  agreedRating: null,
  supervisorComment: '',
});

/**
 * An assessment with its ratings held locally and saved in the background: a short pause after typing,
 * at once after a click. `saving` and `savedAt` drive the "Saved" indicator.
 */
export function useAssessment(id: number) {
  const [detail, setDetail] = useState<AssessmentDetail | null>(null);
  const [ratings, setRatings] = useState(new Map<string, RatingEntry>());
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState<string | null>(null);
  const timers = useRef(new Map<string, number>());

  const reload = useCallback(async () => {
    const d = await call('assessment.get', { id });
    setDetail(d);
    setRatings(new Map(d.ratings.map((r) => [r.competencyId, r])));
  }, [id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const persist = useCallback(
    async (entry: RatingEntry) => {
      setSaveState('saving');
      try {
        await call('assessment.saveRating', {
          assessmentId: id,
          competencyId: entry.competencyId,
          selfRating: entry.selfRating,
          reflection: entry.reflection,
          evidenceRecordIds: entry.evidenceRecordIds,
        });
        setSaveState('saved');
        setError(null);
      } catch (e) {
        setSaveState('error');
        setError((e as Error).message);
      }
    },
    [id],
  );

  const changeSelf = useCallback(
    (competencyId: string, change: { selfRating?: Rating | null; reflection?: string }) => {
      setRatings((current) => {
        const entry = { ...(current.get(competencyId) ?? blank(competencyId)), ...change };
        const next = new Map(current).set(competencyId, entry);
        window.clearTimeout(timers.current.get(competencyId));
        const delay = change.reflection !== undefined ? 600 : 0;
        timers.current.set(
          competencyId,
          window.setTimeout(() => void persist(entry), delay),
        );
        return next;
      });
    },
    [persist],
  );

  return { detail, ratings, setRatings, reload, changeSelf, saveState, error };
}
