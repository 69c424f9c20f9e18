import Typography from '@mui/material/Typography';
import type { Requirement } from '../../../../../shared/domain/requirements.ts';
import { recordTraining } from '../../../stores/training.ts';
import { newRecordDraft } from './recordDraft.ts';
import { RecordFormDialog } from './RecordFormDialog.tsx';

/** Records a booking, enrolment, progress or completion, with certificates. A renewal is simply a new record. */
export function RecordDialog(props: { workerId: number; requirement: Requirement; today: string; onClose(): void }) {
  return (
    <RecordFormDialog
      title={`Record: ${props.requirement.title}`}
      submitLabel="Save record"
      requirement={props.requirement}
      startingDraft={() => newRecordDraft(props.today)}
      save={(input) => recordTraining({ workerId: props.workerId, requirementId: props.requirement.id, ...input })}
      onClose={props.onClose}
      intro={
        props.requirement.evidence && (
          <Typography variant="body2" color="text.secondary">
            Evidence expected: {props.requirement.evidence}
          </Typography>
        )
      }
      filesHint="Up to 5 files"
    />
  );
}
