import type {
  CorrectableField,
  EvidenceLink,
  RecordCorrection,
  TrainingRecord,
} from '../../shared/domain/requirements.ts';
import type { RecordContent } from '../../shared/rules/record-history.ts';
import { recordChanges } from '../../shared/rules/record-history.ts';

/** One version of a training record as stored. */
export interface VersionRow extends Omit<
  TrainingRecord,
  'evidence' | 'selfReported' | 'reimbursable' | 'corrections' | 'withdrawal'
> {
  selfReported: 0 | 1;
  reimbursable: 0 | 1;
  replacesId: number | null;
  correctionReason: string | null;
  correctedBy: string | null;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawnReason: string | null;
}

/** What a version says, with its certificates' names, for comparing it with the next. */
export const contentOf = (
  v: Pick<TrainingRecord, Exclude<CorrectableField, 'reimbursable'>> & { reimbursable: boolean | 0 | 1 },
  evidence: readonly Pick<EvidenceLink, 'originalName'>[],
): RecordContent => ({
  status: v.status,
  startDate: v.startDate,
  completedOn: v.completedOn,
  expiresOn: v.expiresOn,
  provider: v.provider,
  notes: v.notes,
  signedOffBy: v.signedOffBy,
  trainingHours: v.trainingHours === null ? null : String(v.trainingHours),
  reimbursable: v.reimbursable ? 'yes' : null,
  evidence: evidence.map((e) => e.originalName),
});

/**
 * A worker's versions (oldest first) as records: one per line of versions, showing its current version with
 * every correction that led to it, in the order the records were first made.
 */
export function assembleRecords(rows: readonly VersionRow[], evidence: Map<number, EvidenceLink[]>): TrainingRecord[] {
  const byId = new Map(rows.map((v) => [v.id, v]));
  const replaced = new Set(rows.flatMap((v) => (v.replacesId === null ? [] : [v.replacesId])));
  const evidenceOf = (v: VersionRow) => evidence.get(v.id) ?? [];

  const records = rows
    .filter((v) => !replaced.has(v.id))
    .map((current) => {
      const corrections: RecordCorrection[] = [];
      let version = current;
      for (let earlier = byId.get(version.replacesId ?? 0); earlier; earlier = byId.get(version.replacesId ?? 0)) {
        corrections.push({
          versionId: version.id,
          replacedId: earlier.id,
          at: version.createdAt,
          by: version.correctedBy ?? '',
          reason: version.correctionReason ?? '',
          changes: recordChanges(contentOf(earlier, evidenceOf(earlier)), contentOf(version, evidenceOf(version))),
        });
        version = earlier;
      }
      return { first: version.id, record: recordOf(current, evidenceOf(current), corrections) };
    });
  return records.sort((a, b) => a.first - b.first).map((r) => r.record);
}

function recordOf(v: VersionRow, evidence: EvidenceLink[], corrections: RecordCorrection[]): TrainingRecord {
  const {
    selfReported,
    reimbursable,
    replacesId: _replaces,
    correctionReason: _reason,
    correctedBy: _by,
    withdrawnAt,
    withdrawnBy,
    withdrawnReason,
    ...fields
  } = v;
  return {
    ...fields,
    selfReported: selfReported === 1,
    reimbursable: reimbursable === 1,
    evidence,
    corrections,
    withdrawal: withdrawnAt === null ? null : { at: withdrawnAt, by: withdrawnBy ?? '', reason: withdrawnReason ?? '' },
  };
}
