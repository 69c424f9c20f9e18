import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Requirement } from '../../../../../shared/domain/requirements.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import { exemptFromRequirement } from '../../../stores/training.ts';

export function ExemptDialog(props: { workerId: number; requirement: Requirement; onClose(): void }) {
  const [reason, setReason] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      title={`Not required: ${props.requirement.title}`}
      submitLabel="Mark as not required"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await exemptFromRequirement({ workerId: props.workerId, requirementId: props.requirement.id, reason });
          props.onClose();
        })
      }
    >
      <TextField
        label="Reason"
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={Boolean(fieldErrors.reason)}
        helperText={fieldErrors.reason ?? 'Recorded in the audit log, e.g. "Completed with the host trust in 2025"'}
      />
    </FormDialog>
  );
}
