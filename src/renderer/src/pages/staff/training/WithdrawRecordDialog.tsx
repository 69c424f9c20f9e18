import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Requirement, TrainingRecord } from '../../../../../shared/domain/requirements.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { ReasonField } from '../../../components/ReasonField.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import { withdrawTraining } from '../../../stores/training.ts';
import { recordInWords } from '../../../../../shared/rules/record-history.ts';

/** Withdraws a record entered in error: it stops counting, and stays in the history marked withdrawn. */
export function WithdrawRecordDialog(props: { requirement: Requirement; record: TrainingRecord; onClose(): void }) {
  const [reason, setReason] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      danger
      title={`Withdraw: ${props.requirement.title}`}
      submitLabel="Withdraw record"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await withdrawTraining(props.record.id, reason);
          props.onClose();
        })
      }
    >
      <Typography variant="body2">
        {`This record (${recordInWords(props.record)}) will stop counting toward compliance and claims. It stays in the history, marked withdrawn, with your reason; it cannot be corrected afterwards.`}
      </Typography>
      <ReasonField
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
        hint='Kept with the record and in the audit log, e.g. "Entered for the wrong person"'
      />
    </FormDialog>
  );
}
