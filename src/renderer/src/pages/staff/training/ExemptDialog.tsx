import { useState } from 'react';
import type { Requirement } from '../../../../../shared/domain/requirements.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import { exemptFromRequirement } from '../../../stores/training.ts';
import { ReasonField } from '../../../components/ReasonField.tsx';

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
      <ReasonField
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
        hint='Recorded in the audit log, e.g. "Completed with the host trust in 2025"'
      />
    </FormDialog>
  );
}
