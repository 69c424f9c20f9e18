import Typography from '@mui/material/Typography';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveWorker } from '../../stores/staff.ts';
import { draftOf, inputOf } from './workerDraft.ts';

/** Clears the leaving date of someone who left (or was to leave) and is in post after all: an audited change. */
export function ReturnToPostDialog(props: { open: boolean; worker: WorkerRow; hasLeft: boolean; onClose(): void }) {
  const { submit, formError, busy } = useSubmit();
  const { worker } = props;
  return (
    <FormDialog
      open={props.open}
      title={props.hasLeft ? `${worker.name} returns to post` : `${worker.name} is not leaving`}
      submitLabel={props.hasLeft ? 'Return to post' : 'Clear the leaving date'}
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await saveWorker(worker.id, inputOf({ ...draftOf(worker), leavingDate: '' }));
          props.onClose();
        })
      }
    >
      <Typography variant="body2">
        {`The leaving date (${formatUkDate(worker.leavingDate)}) is cleared, so ${worker.name} counts as in post in the register, the matrix and claims. The change is kept in the audit log.`}
      </Typography>
    </FormDialog>
  );
}
