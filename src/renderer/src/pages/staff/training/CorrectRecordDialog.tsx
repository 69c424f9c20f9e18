import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { MAX_EVIDENCE_FILES_PER_RECORD } from '../../../../../shared/domain/evidence-limits.ts';
import type { Requirement, TrainingRecord } from '../../../../../shared/domain/requirements.ts';
import { countOf } from '../../../../../shared/rules/words.ts';
import { ReasonField } from '../../../components/ReasonField.tsx';
import { correctTraining } from '../../../stores/training.ts';
import { draftOfRecord } from './recordDraft.ts';
import { RecordFormDialog } from './RecordFormDialog.tsx';

/** Corrects a record entered wrongly: the record as it stands is kept in its history, with the reason. */
export function CorrectRecordDialog(props: { requirement: Requirement; record: TrainingRecord; onClose(): void }) {
  const [reason, setReason] = useState('');
  const kept = props.record.evidence.map((e) => e.originalName);
  const room = MAX_EVIDENCE_FILES_PER_RECORD - kept.length;

  return (
    <RecordFormDialog
      title={`Correct: ${props.requirement.title}`}
      submitLabel="Save correction"
      requirement={props.requirement}
      startingDraft={() => draftOfRecord(props.record)}
      save={(input) => correctTraining({ recordId: props.record.id, ...input, reason })}
      onClose={props.onClose}
      intro={
        <Typography variant="body2" color="text.secondary">
          Change what was entered wrongly. The record as it stands stays in its history, with your reason.
        </Typography>
      }
      filesLabel="Add certificate files (PDF, PNG or JPEG)"
      filesHint={
        kept.length === 0
          ? `Up to ${MAX_EVIDENCE_FILES_PER_RECORD} files`
          : `It keeps ${kept.join(', ')}; up to ${countOf(room, 'more file')}`
      }
      moreFields={(errors) => (
        <ReasonField
          label="What was wrong"
          value={reason}
          onChange={setReason}
          error={errors.reason}
          hint='Kept with the record and in the audit log, e.g. "Typed the wrong month"'
        />
      )}
    />
  );
}
