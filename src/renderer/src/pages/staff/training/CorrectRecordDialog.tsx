import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { MAX_EVIDENCE_FILES_PER_RECORD } from '../../../../../shared/domain/evidence-limits.ts';
import type { Requirement, TrainingRecord } from '../../../../../shared/domain/requirements.ts';
import { countOf } from '../../../../../shared/rules/words.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { ReasonField } from '../../../components/ReasonField.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import { correctTraining } from '../../../stores/training.ts';
import { draftOfRecord, inputOfDraft } from './recordDraft.ts';
import { RecordFields } from './RecordFields.tsx';

/** Corrects a record entered wrongly: the record as it stands is kept in its history, with the reason. */
export function CorrectRecordDialog(props: { requirement: Requirement; record: TrainingRecord; onClose(): void }) {
  const [draft, setDraft] = useState(() => draftOfRecord(props.record));
  const [reason, setReason] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const kept = props.record.evidence.map((e) => e.originalName);
  const room = MAX_EVIDENCE_FILES_PER_RECORD - kept.length;

  return (
    <FormDialog
      open
      title={`Correct: ${props.requirement.title}`}
      submitLabel="Save correction"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await correctTraining({ recordId: props.record.id, ...(await inputOfDraft(draft)), reason });
          props.onClose();
        })
      }
    >
      <Typography variant="body2" color="text.secondary">
        Change what was entered wrongly. The record as it stands stays in its history, with your reason.
      </Typography>
      <RecordFields
        draft={draft}
        onChange={setDraft}
        requirement={props.requirement}
        errors={fieldErrors}
        filesLabel="Add certificate files (PDF, PNG or JPEG)"
        filesHint={
          kept.length === 0
            ? `Up to ${MAX_EVIDENCE_FILES_PER_RECORD} files`
            : `It keeps ${kept.join(', ')}; up to ${countOf(room, 'more file')}`
        }
      />
      <ReasonField
        label="What was wrong"
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
        hint='Kept with the record and in the audit log, e.g. "Typed the wrong month"'
      />
    </FormDialog>
  );
}
