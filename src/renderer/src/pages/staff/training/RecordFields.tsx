import TextField from '@mui/material/TextField';
import type { RecordStatus, Requirement } from '../../../../../shared/domain/requirements.ts';
import { RECORD_STATUS_LABELS, RECORD_STATUSES } from '../../../../../shared/domain/requirements.ts';
import { countOf } from '../../../../../shared/rules/words.ts';
import { DateField } from '../../../components/DateField.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import type { RecordDraft } from './recordDraft.ts';
import { TrainingTimeFields } from './TrainingTimeFields.tsx';

const statusOptions = RECORD_STATUSES.map((s) => ({ value: s, label: RECORD_STATUS_LABELS[s] }));

/** A record's fields, shared by recording and correcting: status, dates, provider, notes and certificates. */
export function RecordFields(props: {
  draft: RecordDraft;
  onChange(draft: RecordDraft): void;
  requirement: Requirement;
  errors: Record<string, string>;
  /** Under the certificate field when no file is flagged. */
  filesHint: string;
  filesLabel?: string;
}) {
  const { draft, errors } = props;
  const set =
    <K extends keyof RecordDraft>(key: K) =>
    (value: RecordDraft[K]) =>
      props.onChange({ ...draft, [key]: value });
  const fileErrors = Object.entries(errors).filter(([k]) => k.startsWith('evidence'));
  return (
    <>
      <SelectField
        label="Status"
        required
        value={draft.status}
        options={statusOptions}
        onChange={(v) => set('status')(v as RecordStatus)}
        error={errors.status}
      />
      <DateField
        label="Start or booked date"
        kind="working"
        value={draft.startDate}
        onChange={set('startDate')}
        error={errors.startDate}
      />
      {draft.status === 'completed' && (
        <>
          <DateField
            label="Completed on"
            kind="past"
            required
            value={draft.completedOn}
            onChange={set('completedOn')}
            error={errors.completedOn}
          />
          <DateField
            label="Expires on"
            kind="working"
            value={draft.expiresOn}
            onChange={set('expiresOn')}
            error={errors.expiresOn}
            helperText={
              props.requirement.renewalMonths
                ? `dd/mm/yyyy; leave empty to use the renewal period (${countOf(props.requirement.renewalMonths, 'month')})`
                : 'dd/mm/yyyy; only if the certificate gives one'
            }
          />
        </>
      )}
      {draft.status !== 'booked' && (
        <TrainingTimeFields
          hours={draft.trainingHours}
          reimbursable={draft.reimbursable}
          onHours={set('trainingHours')}
          onReimbursable={set('reimbursable')}
          errors={errors}
        />
      )}
      <TextField
        label="Provider"
        value={draft.provider}
        onChange={(e) => set('provider')(e.target.value)}
        error={Boolean(errors.provider)}
        helperText={errors.provider ?? ' '}
      />
      <TextField
        label="Notes"
        value={draft.notes}
        multiline
        minRows={2}
        onChange={(e) => set('notes')(e.target.value)}
        error={Boolean(errors.notes)}
        helperText={errors.notes ?? 'Staff data only: never patient details'}
      />
      <TextField
        type="file"
        label={props.filesLabel ?? 'Certificate files (PDF, PNG or JPEG)'}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { multiple: true, accept: '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg' },
        }}
        onChange={(e) => set('files')(Array.from((e.target as HTMLInputElement).files ?? []))}
        error={fileErrors.length > 0}
        helperText={fileErrors.map(([, message]) => message).join(' ') || props.filesHint}
      />
    </>
  );
}
