import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import type { TrainingRecord } from '../../../../../shared/domain/requirements.ts';
import { formatUkDayOf } from '../../../../../shared/rules/dates.ts';
import {
  correctionInWords,
  recordInWords,
  recordStateInWords,
  withdrawalInWords,
} from '../../../../../shared/rules/record-history.ts';
import { attempt } from '../../../stores/notices.ts';
import { downloadEvidence, verifyTraining } from '../../../stores/training.ts';
import { LeadOnly } from '../../../components/LeadOnly.tsx';

/** A small button that reads as a link inside a line of text. */
function InlineAction(props: { name?: string; onClick(): void; children: ReactNode }) {
  return (
    <>
      {' · '}
      <Link
        component="button"
        type="button"
        aria-label={props.name}
        onClick={props.onClick}
        sx={{ fontSize: 'inherit', verticalAlign: 'baseline' }}
      >
        {props.children}
      </Link>
    </>
  );
}

/** A record the worker made themself: self-reported until the lead verifies it (team mode). */
function SelfReport({ record }: { record: TrainingRecord }) {
  if (!record.selfReported) return null;
  if (record.verifiedAt)
    return <>{` · recorded by the worker, verified by ${record.verifiedBy} on ${formatUkDayOf(record.verifiedAt)}`}</>;
  return (
    <>
      {' · '}
      <Box component="strong" sx={{ color: 'warning.dark' }}>
        self-reported, not yet verified
      </Box>
      {!record.withdrawal && (
        <LeadOnly>
          <InlineAction onClick={() => attempt('verify the record', () => verifyTraining(record.id))}>
            Verify
          </InlineAction>
        </LeadOnly>
      )}
    </>
  );
}

/** What may be done to a record in force: correct it, withdraw it; absent for those who may not. */
export interface RecordActions {
  /** The requirement, to name each action for a screen reader. */
  what: string;
  onCorrect?: (record: TrainingRecord) => void;
  onWithdraw?: (record: TrainingRecord) => void;
}

/**
 * Every record for one requirement, newest first: renewals add, nothing is overwritten. A corrected record lists
 * each correction beneath it; a withdrawn one says so, with who, when and why, and offers nothing more.
 */
export function RecordHistory({ records, actions }: { records: TrainingRecord[]; actions: RecordActions }) {
  if (records.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'text.secondary', fontSize: '0.8rem' }}>
      {records.map((r) => {
        const named = `${actions.what}, ${recordStateInWords(r).toLowerCase()}`;
        return (
          <li key={r.id}>
            {r.withdrawal && (
              <Chip
                label="Withdrawn"
                size="small"
                variant="outlined"
                sx={{ mr: 0.5, height: 18, fontSize: '0.7rem' }}
              />
            )}
            {recordInWords(r)}
            <SelfReport record={r} />
            {r.evidence.map((e) => (
              <InlineAction
                key={e.fileId}
                onClick={() => attempt(`open ${e.originalName}`, () => downloadEvidence(e.fileId))}
              >
                {e.originalName}
              </InlineAction>
            ))}
            {!r.withdrawal && actions.onCorrect && (
              <InlineAction name={`Correct ${named}`} onClick={() => actions.onCorrect?.(r)}>
                Correct…
              </InlineAction>
            )}
            {!r.withdrawal && actions.onWithdraw && (
              <InlineAction name={`Withdraw ${named}`} onClick={() => actions.onWithdraw?.(r)}>
                Withdraw…
              </InlineAction>
            )}
            {(r.withdrawal || r.corrections.length > 0) && (
              <Box component="ul" sx={{ m: 0, pl: 2, listStyleType: 'circle' }} aria-label="Changes to this record">
                {r.withdrawal && <li>{withdrawalInWords(r.withdrawal)}</li>}
                {r.corrections.map((c) => (
                  <li key={c.versionId}>{correctionInWords(c)}</li>
                ))}
              </Box>
            )}
          </li>
        );
      })}
    </Box>
  );
}
