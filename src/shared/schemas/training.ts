import { z } from 'zod';
import { id } from './fields.ts';
import { evidenceUploads, recordFields, requirementId, withRecordRules } from './requirements.ts';
import { staffText } from './staff-text.ts';

/** Why a record is corrected or withdrawn, or a tick undone: kept with it and in the audit log. */
const reason = (ask: string) => staffText(500, { min: [5, `${ask} (at least 5 characters)`] });

/** A record's corrected content, in full, and any certificates to add to those it has. */
export const recordCorrection = withRecordRules(
  z.object({
    recordId: id,
    ...recordFields.shape,
    evidence: evidenceUploads,
    reason: reason('Say what was wrong'),
  }),
);
export type RecordCorrectionInput = z.output<typeof recordCorrection>;

export const recordWithdrawal = z.object({ recordId: id, reason: reason('Say why it is withdrawn') });

export const tickUndoing = z.object({ workerId: id, requirementId, reason: reason('Say why the tick is undone') });
