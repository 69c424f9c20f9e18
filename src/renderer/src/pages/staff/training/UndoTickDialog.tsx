import Typography from '@mui/material/Typography';
import type { WorkerRequirement } from '../../../../../shared/domain/compliance.ts';
import { ReasonDialog } from '../../../components/ReasonDialog.tsx';
import { undoInductionTick } from '../../../stores/training.ts';

/** Undoes an induction tick made in error: the item is open again, and the checklist shows who undid it and why. */
export function UndoTickDialog(props: { workerId: number; item: WorkerRequirement; onClose(): void }) {
  return (
    <ReasonDialog
      title={`Undo the tick: ${props.item.requirement.title}`}
      submitLabel="Undo tick"
      intro={
        <Typography variant="body2">
          The item will be open again. The tick stays in the record&apos;s history, with your reason.
        </Typography>
      }
      reasonHint='Shown on the checklist and kept in the audit log, e.g. "Ticked for the wrong person"'
      save={(reason) =>
        undoInductionTick({ workerId: props.workerId, requirementId: props.item.requirement.id, reason })
      }
      onClose={props.onClose}
    />
  );
}
