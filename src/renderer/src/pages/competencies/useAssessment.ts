import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AssessmentDetail, Rating, RatingEntry } from '../../../../shared/domain/competencies.ts';
import { unratedEntry } from '../../../../shared/domain/competencies.ts';
import { saveSelfRating } from '../../stores/competencies.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export type SelfChange = { selfRating?: Rating | null; reflection?: string; evidenceRecordIds?: number[] };
export type ReviewChange = { agreedRating?: Rating | null; supervisorComment?: string };

const sameEntry = (a: RatingEntry, b: RatingEntry | undefined) =>
  b !== undefined &&
  a.selfRating === b.selfRating &&
  a.reflection === b.reflection &&
  a.agreedRating === b.agreedRating &&
  a.supervisorComment === b.supervisorComment &&
  a.evidenceRecordIds.join() === b.evidenceRecordIds.join();

/**
 * The assessment's ratings as the user sees them: what was loaded, overlaid by their own edits until the
 * loaded data agrees, so a reload arriving mid-typing never takes characters back. Self-ratings are saved in
 * the background: a short pause after typing, at once after a click; `saveState` drives the indicator.
 */
export function useAssessment(detail: AssessmentDetail) {
  const id = detail.assessment.id;
  const [edits, setEdits] = useState(new Map<string, RatingEntry>());
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const timers = useRef(new Map<string, number>());
  const unsaved = useRef(new Map<string, RatingEntry>());

  const ratings = useMemo(() => {
    const merged = new Map(detail.ratings.map((r) => [r.competencyId, r]));
    for (const [competencyId, entry] of edits) merged.set(competencyId, entry);
    return merged;
  }, [detail.ratings, edits]);

  useEffect(() => {
    const loaded = new Map(detail.ratings.map((r) => [r.competencyId, r]));
    setEdits((current) => {
      const pending = [...current].filter(([competencyId, entry]) => !sameEntry(entry, loaded.get(competencyId)));
      return pending.length === current.size ? current : new Map(pending);
    });
  }, [detail.ratings]);

  const edit = useCallback(
    (competencyId: string, change: SelfChange | ReviewChange): RatingEntry => {
      const entry = { ...(ratings.get(competencyId) ?? unratedEntry(competencyId)), ...change };
      setEdits((current) => new Map(current).set(competencyId, entry));
      return entry;
    },
    [ratings],
  );

  /** Saves one entry; answers the reason it was not saved, if it was not. */
  const persist = useCallback(
    async (entry: RatingEntry): Promise<string | null> => {
      unsaved.current.delete(entry.competencyId);
      setSaveState('saving');
      try {
        await saveSelfRating({
          assessmentId: id,
          competencyId: entry.competencyId,
          selfRating: entry.selfRating,
          reflection: entry.reflection,
          evidenceRecordIds: entry.evidenceRecordIds,
        });
        setSaveState('saved');
        setError(null);
        return null;
      } catch (e) {
        // Still unsaved, so a later flush (before submitting) tries it again, unless a newer edit took its place.
        if (!unsaved.current.has(entry.competencyId)) unsaved.current.set(entry.competencyId, entry);
        setSaveState('error');
        setError((e as Error).message);
        return (e as Error).message;
      }
    },
    [id],
  );

  const changeSelf = useCallback(
    (competencyId: string, change: SelfChange) => {
      const entry = edit(competencyId, change);
      unsaved.current.set(competencyId, entry);
      // Never "All changes saved" while a change waits for its pause.
      setSaveState('saving');
      window.clearTimeout(timers.current.get(competencyId));
      const delay = change.reflection !== undefined ? 600 : 0;
      timers.current.set(
        competencyId,
        window.setTimeout(() => void persist(entry), delay),
      );
    },
    [edit, persist],
  );

  /** Saves what is still waiting for its pause, before the assessment is submitted. */
  const flush = useCallback(async () => {
    for (const timer of timers.current.values()) window.clearTimeout(timer);
    const failures = await Promise.all([...unsaved.current.values()].map(persist));
    const failure = failures.find((f) => f !== null);
    if (failure) throw new Error(`Not everything was saved: ${failure}`);
  }, [persist]);

  // Leaving the page or closing the window sends what is still waiting for its pause, rather than dropping it.
  useEffect(() => {
    const sendWaiting = () => void flush().catch(() => undefined);
    window.addEventListener('pagehide', sendWaiting);
    return () => {
      window.removeEventListener('pagehide', sendWaiting);
      sendWaiting();
    };
  }, [flush]);

  return { ratings, edit, changeSelf, flush, saveState, error };
}

export type AssessmentRatings = ReturnType<typeof useAssessment>;
