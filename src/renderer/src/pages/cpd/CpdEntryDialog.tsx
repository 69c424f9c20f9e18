import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CpdEntry, CpdKind } from '../../../../shared/domain/cpd.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { addCpdEntry, updateCpdEntry } from '../../stores/cpd.ts';
import type { CpdDraft } from './cpdDraft.ts';
import { draftOfEntry, emptyCpdDraft, fieldsOf } from './cpdDraft.ts';

export interface CompetencyOption {
  id: string;
  title: string;
}

/** Adds an entry to a person's CPD log, or changes one. */
export function CpdEntryDialog(props: {
  workerId: number;
  entry: CpdEntry | null;
  kinds: readonly CpdKind[];
  competencies: readonly CompetencyOption[];
  today: string;
  onClose(): void;
}) {
  const [draft, setDraft] = useState<CpdDraft>(props.entry ? draftOfEntry(props.entry) : emptyCpdDraft(props.today));
  const { submit, fieldErrors: errors, formError, busy } = useSubmit();
  const set =
    <K extends keyof CpdDraft>(key: K) =>
    (value: CpdDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    const saved = await submit(async () => {
      const { fields, evidence } = await fieldsOf(draft);
      if (props.entry) await updateCpdEntry({ id: props.entry.id, fields, evidence });
      else await addCpdEntry({ workerId: props.workerId, fields, evidence: evidence === 'keep' ? null : evidence });
      return true;
    });
    if (saved) props.onClose();
  };

  const byId = new Map(props.competencies.map((c) => [c.id, c]));
  return (
    <FormDialog
      open
      title={props.entry ? 'Change the CPD entry' : 'Log CPD'}
      submitLabel={props.entry ? 'Save changes' : 'Log it'}
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() => void save()}
    >
      <SelectField
        label="Kind"
        required
        value={draft.kind}
        options={props.kinds.map((k) => ({ value: k.id, label: k.label }))}
        onChange={set('kind')}
        error={errors.kind}
      />
      <TextField
        label="Title"
        required
        value={draft.title}
        onChange={(e) => set('title')(e.target.value)}
        error={Boolean(errors.title)}
        helperText={errors.title ?? 'What it was, such as "ICS link worker network"'}
      />
      <Stack direction="row" spacing={2}>
        <DateField label="Date" kind="past" required value={draft.date} onChange={set('date')} error={errors.date} />
        <TextField
          label="Hours"
          required
          value={draft.hours}
          onChange={(e) => set('hours')(e.target.value)}
          error={Boolean(errors.hours)}
          helperText={errors.hours ?? 'In quarters of an hour, such as 1.5'}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      </Stack>
      <TextField
        label="What I learned"
        multiline
        minRows={2}
        value={draft.learned}
        onChange={(e) => set('learned')(e.target.value)}
        error={Boolean(errors.learned)}
        helperText={errors.learned ?? 'Staff data only: never patient details'}
      />
      <TextField
        label="How it changes my practice"
        multiline
        minRows={2}
        value={draft.practiceChange}
        onChange={(e) => set('practiceChange')(e.target.value)}
        error={Boolean(errors.practiceChange)}
        helperText={errors.practiceChange ?? ' '}
      />
      {props.competencies.length > 0 && (
        <Autocomplete
          multiple
          options={props.competencies.map((c) => c.id)}
          getOptionLabel={(id) => byId.get(id)?.title ?? id}
          value={draft.competencyIds}
          onChange={(_e, ids) => set('competencyIds')(ids)}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Competencies it developed (optional)"
              error={Boolean(errors.competencyIds)}
              helperText={errors.competencyIds ?? ' '}
            />
          )}
        />
      )}
      {draft.keepFile && props.entry?.evidence && !draft.file ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2">Evidence: {props.entry.evidence.originalName}</Typography>
          <Button size="small" onClick={() => set('keepFile')(false)}>
            Remove the file
          </Button>
        </Stack>
      ) : (
        <TextField
          type="file"
          label="Evidence (optional: PDF, PNG or JPEG)"
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { accept: '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg' },
          }}
          onChange={(e) => set('file')((e.target as HTMLInputElement).files?.[0] ?? null)}
          error={Boolean(errors.evidence)}
          helperText={errors.evidence ?? 'A certificate or attendance e-mail saved as PDF'}
        />
      )}
    </FormDialog>
  );
}
