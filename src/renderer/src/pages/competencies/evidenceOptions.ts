import type { WorkerCompliance } from '../../../../shared/domain/compliance.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { inForce } from '../../../../shared/rules/record-history.ts';

export interface EvidenceOption {
  id: number;
  label: string;
}

/** The worker's completed records in force, offered as evidence for a rating. */
export function evidenceOptions(compliance: WorkerCompliance): EvidenceOption[] {
  return compliance.items.flatMap((item) =>
    item.records
      .filter((r) => r.status === 'completed' && inForce(r))
      .map((r) => ({
        id: r.id,
        label: `${item.requirement.shortTitle || item.requirement.title}, completed ${formatUkDate(r.completedOn)}${r.evidence.length ? ` (${r.evidence.map((e) => e.originalName).join(', ')})` : ''}`,
      })),
  );
}
