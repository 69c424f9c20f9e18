import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff.ts';
import { formatWte, wholeTimeEquivalent } from '../../../../shared/rules/workforce.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import type { WorkerDraft } from './workerDraft.ts';
import { inputOf } from './workerDraft.ts';
import type { WorkerFields } from '../../../../shared/domain/staff.ts';

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

function wteHint(hoursText: string, fullTimeHours: number): string {
  const hours = Number(hoursText);
  if (hoursText.trim() === '' || !Number.isFinite(hours) || hours <= 0) return `${fullTimeHours} hours is full time`;
  return `${formatWte(wholeTimeEquivalent(hours, fullTimeHours))} WTE (${fullTimeHours} hours is full time)`;
}

export function WorkerForm(props: {
  initial: WorkerDraft;
  submitLabel: string;
  onSave(fields: WorkerFields): Promise<unknown>;
}) {
  const [draft, setDraft] = useState(props.initial);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const { practices, employers, colleagues, pcn } = useOrganisationStore();
  const set =
    <K extends keyof WorkerDraft>(key: K) =>
    (value: WorkerDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const practiceOptions = practices.map((p) => ({ value: String(p.id), label: p.name }));
  const colleagueOptions = colleagues.map((c) => ({ value: String(c.id), label: `${c.name}, ${c.jobTitle}` }));

  return (
    <Paper
      component="form"
      noValidate
      aria-label="Worker details"
      sx={{ p: 3, maxWidth: 920 }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => props.onSave(inputOf(draft)));
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <Typography variant="h3" component="h2" gutterBottom>
        Person and role
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextField
            label="Full name"
            required
            value={draft.name}
            onChange={(e) => set('name')(e.target.value)}
            error={Boolean(fieldErrors.name)}
            helperText={fieldErrors.name ?? ' '}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField
            label="Role"
            required
            value={draft.role}
            options={roleOptions}
            onChange={(v) => set('role')(v as WorkerDraft['role'])}
            error={fieldErrors.role}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField
            label="Employer"
            required
            value={draft.employerId}
            options={employers.map((e) => ({ value: String(e.id), label: e.name }))}
            onChange={set('employerId')}
            error={fieldErrors.employerId}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField
            label="Base practice"
            value={draft.basePracticeId}
            options={practiceOptions}
            noneLabel="No base practice"
            onChange={set('basePracticeId')}
            error={fieldErrors.basePracticeId}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextField
            label="Contracted hours a week"
            required
            type="number"
            value={draft.hoursPerWeek}
            onChange={(e) => set('hoursPerWeek')(e.target.value)}
            error={Boolean(fieldErrors.hoursPerWeek)}
            helperText={fieldErrors.hoursPerWeek ?? wteHint(draft.hoursPerWeek, pcn?.fullTimeHours ?? 37.5)}
            slotProps={{ htmlInput: { step: 0.25, min: 0, max: 60 } }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }} sx={{ display: 'flex', alignItems: 'center' }}>
          <FormControlLabel
            control={<Switch checked={draft.arrsFunded} onChange={(e) => set('arrsFunded')(e.target.checked)} />}
            label="Funded through ARRS"
          />
        </Grid>
      </Grid>

      <Typography variant="h3" component="h2" gutterBottom sx={{ mt: 2 }}>
        Dates
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <DateField
            label="Start date"
            kind="working"
            required
            value={draft.startDate}
            onChange={set('startDate')}
            error={fieldErrors.startDate}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DateField
            label="Leaving date"
            kind="working"
            value={draft.leavingDate}
            onChange={set('leavingDate')}
            error={fieldErrors.leavingDate}
            helperText="dd/mm/yyyy; their last day. Leave empty while in post"
          />
        </Grid>
      </Grid>

      <Typography variant="h3" component="h2" gutterBottom sx={{ mt: 2 }}>
        Support
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField
            label="Named supervisor"
            value={draft.supervisorId}
            options={colleagueOptions}
            noneLabel="Not named yet"
            onChange={set('supervisorId')}
            error={fieldErrors.supervisorId}
            helperText="A named GP for link workers"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectField
            label="First point of contact"
            value={draft.firstContactId}
            options={colleagueOptions}
            noneLabel="Not named yet"
            onChange={set('firstContactId')}
            error={fieldErrors.firstContactId}
            helperText="For day-to-day advice"
          />
        </Grid>
      </Grid>
      <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 2 }}>
        {props.submitLabel}
      </Button>
    </Paper>
  );
}
