import Typography from '@mui/material/Typography';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { removeWorker } from '../../stores/staff.ts';

/** Removal is only for a record made in error; anyone who worked here is marked as a leaver instead. */
export function RemoveDialog(props: { open: boolean; worker: WorkerRow; onClose(): void; onDone(): void }) {
  return (
    <ReasonDialog
      open={props.open}
      title={`Remove ${props.worker.name}?`}
      submitLabel="Remove record"
      danger
      intro={
        <Typography>
          Only remove a record that was made in error. If {props.worker.name} worked here, mark them as a leaver
          instead: their history is evidence. The removed record and your reason stay in the audit log.
        </Typography>
      }
      reasonLabel="Why was this record made in error?"
      save={(reason) => removeWorker(props.worker.id, reason)}
      onClose={props.onClose}
      onSaved={props.onDone}
    />
  );
}
