import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { WorkerRequirement } from '../../../../../shared/domain/compliance.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { ReasonField } from '../../../components/ReasonField.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import { undoInductionTick } from '../../../stores/training.ts';

/** Undoes an induction tick made in error: the item is open again, and the checklist shows who undid it and why. */
export function UndoTickDialog(props: { workerId: number; item: WorkerRequirement; onClose(): void }) {
  const [reason, setReason] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      title={`Undo the tick: ${props.item.requirement.title}`}
      submitLabel="Undo tick"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await undoInductionTick({ workerId: props.workerId, requirementId: props.item.requirement.id, reason });
          props.onClose();
        })
      }
    >
      <Typography variant="body2">
        The item will be open again. The tick stays in the record&apos;s history, with your reason.
      </Typography>
      <ReasonField
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
        hint='Shown on the checklist and kept in the audit log, e.g. "Ticked for the wrong person"'
      />
    </FormDialog>
  );
}
