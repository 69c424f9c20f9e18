import { z } from 'zod';
import { id } from './fields.ts';
import { evidenceUpload, recordFields, requirementId, withRecordRules } from './requirements.ts';

/** The most people one bulk record may name: a PCN's whole team, with room to spare. */
export const MAX_BULK_RECORD_PEOPLE = 200;

/** One certificate for one of the people named. */
const certificateFor = z.object({ workerId: id, file: evidenceUpload });

/** One course recorded, with the same dates, for several people; each may have their own certificate. */
export const recordManyInput = withRecordRules(
  z.object({
    workerIds: z
      .array(id)
      .min(1, 'Choose at least one person')
      .max(MAX_BULK_RECORD_PEOPLE, `Record for at most ${MAX_BULK_RECORD_PEOPLE} people at once`)
      .refine((ids) => new Set(ids).size === ids.length, 'Each person may be chosen only once'),
    requirementId,
    ...recordFields.shape,
    certificates: z.array(certificateFor).max(MAX_BULK_RECORD_PEOPLE).default([]),
  }),
).superRefine((input, issues) => {
  const named = new Set(input.workerIds);
  const seen = new Set<number>();
  input.certificates.forEach((certificate, i) => {
    if (!named.has(certificate.workerId)) {
      issues.addIssue({
        code: 'custom',
        path: ['certificates', i, 'workerId'],
        message: 'A certificate is for someone who is not chosen',
      });
    } else if (seen.has(certificate.workerId)) {
      issues.addIssue({
        code: 'custom',
        path: ['certificates', i, 'workerId'],
        message: 'Attach one certificate per person',
      });
    }
    seen.add(certificate.workerId);
  });
});
export type RecordManyInput = z.output<typeof recordManyInput>;
