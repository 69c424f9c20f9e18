import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkerCompliance } from '../../../../shared/domain/compliance.ts';
import type { AssessmentDetail, Rating, RatingEntry } from '../../../../shared/domain/competencies.ts';
import { unratedEntry } from '../../../../shared/domain/competencies.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { call } from '../../api/client.ts';

export interface EvidenceOption {
  id: number;
  label: string;
}

/** The worker's completed records, offered as evidence for a rating. */
function evidenceFrom(compliance: WorkerCompliance): EvidenceOption[] {
  return compliance.items.flatMap((item) =>
    item.records
      .filter((r) => r.status === 'completed')
      .map((r) => ({
        id: r.id,
        label: `${item.requirement.shortTitle || item.requirement.title}, completed ${formatUkDate(r.completedOn)}${r.evidence.length ? ` (${r.evidence.map((e) => e.originalName).join(', ')})` : ''}`,
      })),
  );
}

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

  const [evidenceOptions, setEvidenceOptions] = useState<EvidenceOption[]>([]);

  const reload = useCallback(async () => {
    const d = await call('assessment.get', { id });
    setDetail(d);
    setRatings(new Map(d.ratings.map((r) => [r.competencyId, r])));
    if (d.assessment.status === 'draft')
      setEvidenceOptions(evidenceFrom(await call('compliance.worker', { workerId: d.assessment.workerId })));
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
    (
      competencyId: string,
      change: { selfRating?: Rating | null; reflection?: string; evidenceRecordIds?: number[] },
    ) => {
      setRatings((current) => {
        const entry = { ...(current.get(competencyId) ?? unratedEntry(competencyId)), ...change };
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

  return { detail, ratings, setRatings, reload, changeSelf, saveState, error, evidenceOptions };
}
