import { useState } from 'react';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { DateField, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { markLeaver } from '../../stores/staff.ts';

export function LeaverDialog(props: { open: boolean; worker: WorkerRow; onClose(): void }) {
  const [date, setDate] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open={props.open}
      title={`${props.worker.name} is leaving`}
      submitLabel="Mark as leaver"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await markLeaver(props.worker.id, toIsoOrText(date) ?? '');
          props.onClose();
        })
      }
    >
      <DateField
        label="Leaving date"
        required
        value={date}
        onChange={setDate}
        error={fieldErrors.leavingDate}
        helperText="dd/mm/yyyy; their last day in post"
      />
    </FormDialog>
  );
}
