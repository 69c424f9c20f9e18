import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Requirement } from '../../../../../shared/domain/requirements.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import { recordTraining } from '../../../stores/training.ts';
import { inputOfDraft, newRecordDraft } from './recordDraft.ts';
import { RecordFields } from './RecordFields.tsx';

/** Records a booking, enrolment, progress or completion, with certificates. A renewal is simply a new record. */
export function RecordDialog(props: { workerId: number; requirement: Requirement; today: string; onClose(): void }) {
  const [draft, setDraft] = useState(() => newRecordDraft(props.today));
  const { submit, fieldErrors, formError, busy } = useSubmit();

  return (
    <FormDialog
      open
      title={`Record: ${props.requirement.title}`}
      submitLabel="Save record"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await recordTraining({
            workerId: props.workerId,
            requirementId: props.requirement.id,
            ...(await inputOfDraft(draft)),
          });
          props.onClose();
        })
      }
    >
      {props.requirement.evidence && (
        <Typography variant="body2" color="text.secondary">
          Evidence expected: {props.requirement.evidence}
        </Typography>
      )}
      <RecordFields
        draft={draft}
        onChange={setDraft}
        requirement={props.requirement}
        errors={fieldErrors}
        filesHint="Up to 5 files"
      />
    </FormDialog>
  );
}
