import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { TrainingRecord } from '../../../../../shared/domain/requirements.ts';
import { RECORD_STATUS_LABELS } from '../../../../../shared/domain/requirements.ts';
import { formatUkDate } from '../../../../../shared/rules/dates.ts';
import { attempt } from '../../../stores/notices.ts';
import { downloadEvidence, verifyTraining } from '../../../stores/training.ts';
import { LeadOnly } from '../../../components/LeadOnly.tsx';

/** A record the worker made themself: self-reported until the lead verifies it (team mode). */
function SelfReport({ record }: { record: TrainingRecord }) {
  if (!record.selfReported) return null;
  if (record.verifiedAt)
    return (
      <>{` · recorded by the worker, verified by ${record.verifiedBy} on ${formatUkDate(record.verifiedAt.slice(0, 10))}`}</>
    );
  return (
    <>
      {' · '}
      <Box component="strong" sx={{ color: 'warning.dark' }}>
        self-reported, not yet verified
      </Box>
      <LeadOnly>
        {' · '}
        <Link
          component="button"
          type="button"
          onClick={() => attempt('verify the record', () => verifyTraining(record.id))}
          sx={{ fontSize: 'inherit', verticalAlign: 'baseline' }}
        >
          Verify
        </Link>
      </LeadOnly>
    </>
  );
}

/** Every record for one requirement, newest first: renewals add, nothing is overwritten. */
export function RecordHistory({ records }: { records: TrainingRecord[] }) {
  if (records.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'text.secondary', fontSize: '0.8rem' }}>
      {records.map((r) => (
        <li key={r.id}>
          {RECORD_STATUS_LABELS[r.status]}
          {r.completedOn && ` ${formatUkDate(r.completedOn)}`}
          {!r.completedOn && r.startDate && ` for ${formatUkDate(r.startDate)}`}
          {r.expiresOn && ` · expires ${formatUkDate(r.expiresOn)}`}
          {r.provider && ` · ${r.provider}`}
          {r.signedOffBy && ` · signed off by ${r.signedOffBy}`}
          {r.notes && ` · ${r.notes}`}
          <SelfReport record={r} />
          {r.evidence.map((e) => (
            <span key={e.fileId}>
              {' · '}
              <Link
                component="button"
                type="button"
                onClick={() => attempt(`open ${e.originalName}`, () => downloadEvidence(e.fileId))}
                sx={{ fontSize: 'inherit', verticalAlign: 'baseline' }}
              >
                {e.originalName}
              </Link>
            </span>
          ))}
        </li>
      ))}
    </Box>
  );
}
