import Typography from '@mui/material/Typography';
import type { Requirement, TrainingRecord } from '../../../../../shared/domain/requirements.ts';
import { recordInWords } from '../../../../../shared/rules/record-history.ts';
import { ReasonDialog } from '../../../components/ReasonDialog.tsx';
import { withdrawTraining } from '../../../stores/training.ts';

/** Withdraws a record entered in error: it stops counting, and stays in the history marked withdrawn. */
export function WithdrawRecordDialog(props: { requirement: Requirement; record: TrainingRecord; onClose(): void }) {
  return (
    <ReasonDialog
      danger
      title={`Withdraw: ${props.requirement.title}`}
      submitLabel="Withdraw record"
      intro={
        <Typography variant="body2">
          {`This record (${recordInWords(props.record)}) will stop counting toward compliance and claims. It stays in the history, marked withdrawn, with your reason; it cannot be corrected afterwards.`}
        </Typography>
      }
      reasonHint='Kept with the record and in the audit log, e.g. "Entered for the wrong person"'
      save={(reason) => withdrawTraining(props.record.id, reason)}
      onClose={props.onClose}
    />
  );
}
