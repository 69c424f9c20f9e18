import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { removeWorker } from '../../stores/staff.ts';
import { ReasonField } from '../../components/ReasonField.tsx';

/** Removal is only for a record made in error; anyone who worked here is marked as a leaver instead. */
export function RemoveDialog(props: { open: boolean; worker: WorkerRow; onClose(): void; onDone(): void }) {
  const [reason, setReason] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open={props.open}
      title={`Remove ${props.worker.name}?`}
      submitLabel="Remove record"
      danger
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await removeWorker(props.worker.id, reason);
          props.onClose();
          props.onDone();
        })
      }
    >
      <Typography>
        Only remove a record that was made in error. If {props.worker.name} worked here, mark them as a leaver instead:
        their history is evidence. The removed record and your reason stay in the audit log.
      </Typography>
      <ReasonField
        label="Why was this record made in error?"
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
      />
    </FormDialog>
  );
}
