import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { RecordStatus, Requirement } from '../../../../../shared/domain/requirements.ts';
import { RECORD_STATUS_LABELS, RECORD_STATUSES } from '../../../../../shared/domain/requirements.ts';
import { formatUkDate } from '../../../../../shared/rules/dates.ts';
import { readAsBase64 } from '../../../api/download.ts';
import { DateField, toIsoOrText } from '../../../components/DateField.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import { recordTraining } from '../../../stores/training.ts';

const statusOptions = RECORD_STATUSES.map((s) => ({ value: s, label: RECORD_STATUS_LABELS[s] }));

/** Records a booking, enrolment, progress or completion, with certificates. A renewal is simply a new record. */
export function RecordDialog(props: { workerId: number; requirement: Requirement; today: string; onClose(): void }) {
  const [status, setStatus] = useState<RecordStatus>('completed');
  const [startDate, setStartDate] = useState('');
  const [completedOn, setCompletedOn] = useState(formatUkDate(props.today));
  const [expiresOn, setExpiresOn] = useState('');
  const [provider, setProvider] = useState('');
  const [notes, setNotes] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const completed = status === 'completed';
  const fileErrors = Object.entries(fieldErrors).filter(([k]) => k.startsWith('evidence'));

  return (
    <FormDialog
      open
      title={`Record: ${props.requirement.title}`}
      submitLabel="Save record"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          const evidence = await Promise.all(
            files.map(async (f) => ({ fileName: f.name, dataBase64: await readAsBase64(f) })),
          );
          await recordTraining({
            workerId: props.workerId,
            requirementId: props.requirement.id,
            status,
            startDate: toIsoOrText(startDate),
            completedOn: completed ? (toIsoOrText(completedOn) ?? null) : null,
            expiresOn: completed ? toIsoOrText(expiresOn) : null,
            provider,
            notes,
            evidence,
          });
          props.onClose();
        })
      }
    >
      {props.requirement.evidence && (
        <Typography variant="body2" color="text.secondary">
          Evidence expected: {props.requirement.evidence}
        </Typography>
      )}
      <SelectField
        label="Status"
        required
        value={status}
        options={statusOptions}
        onChange={(v) => setStatus(v as RecordStatus)}
        error={fieldErrors.status}
      />
      <DateField label="Start or booked date" value={startDate} onChange={setStartDate} error={fieldErrors.startDate} />
      {completed && (
        <>
          <DateField
            label="Completed on"
            required
            value={completedOn}
            onChange={setCompletedOn}
            error={fieldErrors.completedOn}
          />
          <DateField
            label="Expires on"
            value={expiresOn}
            onChange={setExpiresOn}
            error={fieldErrors.expiresOn}
            helperText={
              props.requirement.renewalMonths
                ? `dd/mm/yyyy; leave empty to use the renewal period (${props.requirement.renewalMonths} months)`
                : 'dd/mm/yyyy; only if the certificate gives one'
            }
          />
        </>
      )}
      <TextField
        label="Provider"
        value={provider}
        onChange={(e) => setProvider(e.target.value)}
        error={Boolean(fieldErrors.provider)}
        helperText={fieldErrors.provider ?? ' '}
      />
      <TextField
        label="Notes"
        value={notes}
        multiline
        minRows={2}
        onChange={(e) => setNotes(e.target.value)}
        error={Boolean(fieldErrors.notes)}
        helperText={fieldErrors.notes ?? 'Staff data only: never patient details'}
      />
      <TextField
        type="file"
        label="Certificate files (PDF, PNG or JPEG)"
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { multiple: true, accept: '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg' },
        }}
        onChange={(e) => setFiles(Array.from((e.target as HTMLInputElement).files ?? []))}
        error={fileErrors.length > 0}
        helperText={fileErrors.map(([, message]) => message).join(' ') || 'Up to 5 files'}
      />
    </FormDialog>
  );
}
