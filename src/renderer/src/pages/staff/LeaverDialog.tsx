import { useState } from 'react';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { DateField, dateText, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { markLeaver } from '../../stores/staff.ts';

/** Sets the leaving date: marking someone as a leaver, or correcting the date they leave or left. */
export function LeaverDialog(props: { open: boolean; worker: WorkerRow; onClose(): void }) {
  const correcting = props.worker.leavingDate !== null;
  const [date, setDate] = useState(dateText(props.worker.leavingDate));
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open={props.open}
      title={correcting ? `Correct the leaving date of ${props.worker.name}` : `${props.worker.name} is leaving`}
      submitLabel={correcting ? 'Save leaving date' : 'Mark as leaver'}
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
        kind="working"
        required
        value={date}
        onChange={setDate}
        error={fieldErrors.leavingDate}
        helperText="dd/mm/yyyy; their last day in post"
      />
    </FormDialog>
  );
}
