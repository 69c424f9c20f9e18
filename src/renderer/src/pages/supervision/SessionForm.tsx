import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SessionFields } from '../../../../shared/domain/supervision.ts';
import { LINK_WORKER_CASELOAD_GUIDANCE } from '../../../../shared/domain/supervision.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import type { CompetencyOption } from '../../stores/supervision.ts';
import type { SessionDraft } from './sessionDraft.ts';
import { inputOf } from './sessionDraft.ts';
import { StaffOnlyField } from './StaffOnlyField.tsx';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 2 } as const;

export function SessionForm(props: {
  workerId: number;
  initial: SessionDraft;
  kinds: string[];
  competencies: CompetencyOption[];
  onSave(fields: SessionFields): Promise<unknown>;
  /** Where the caseload fields were filled in from, if they were. */
  caseloadSource?: string | null;
  /** Told the session date as typed (dd/mm/yyyy, perhaps half typed). */
  onDateChange?(text: string): void;
}) {
  const [d, setD] = useState(props.initial);
  const colleagues = useOrganisationStore((s) => s.colleagues);
  const { submit, fieldErrors: e, formError, busy } = useSubmit();
  const set =
    <K extends keyof SessionDraft>(key: K) =>
    (value: SessionDraft[K]) =>
      setD((x) => ({ ...x, [key]: value }));
  const setAction = (i: number, change: Partial<SessionDraft['actions'][number]>) =>
    setD((x) => ({ ...x, actions: x.actions.map((a, j) => (j === i ? { ...a, ...change } : a)) }));

  return (
    <Paper
      component="form"
      noValidate
      aria-label="Supervision session"
      sx={{ p: 3 }}
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit(() => props.onSave(inputOf(props.workerId, d)));
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <Alert severity="warning" role="note" sx={{ mb: 2 }}>
        Staff data only. Never type patient names, NHS numbers, dates of birth or addresses: refer to people as
        &quot;Person A&quot;.
      </Alert>
      <Box sx={grid}>
        <DateField
          label="Session date"
          kind="past"
          required
          value={d.date}
          onChange={(text) => {
            set('date')(text);
            props.onDateChange?.(text);
          }}
          error={e.date}
        />
        <SelectField
          label="Kind"
          required
          value={d.kind}
          options={props.kinds.map((k) => ({ value: k, label: k }))}
          onChange={set('kind')}
          error={e.kind}
        />
        <TextField
          label="Duration (minutes)"
          type="number"
          required
          value={d.durationMinutes}
          onChange={(ev) => set('durationMinutes')(ev.target.value)}
          error={Boolean(e.durationMinutes)}
          helperText={e.durationMinutes ?? 'Up to 8 hours'}
        />
        <SelectField
          label="Supervisor"
          value={d.supervisorId}
          options={colleagues.map((c) => ({ value: String(c.id), label: `${c.name}, ${c.jobTitle}` }))}
          noneLabel="Someone outside the register"
          onChange={set('supervisorId')}
          error={e.supervisorId}
        />
        {d.supervisorId === '' && (
          <>
            <TextField
              label="Outside supervisor's name"
              value={d.supervisorName}
              onChange={(ev) => set('supervisorName')(ev.target.value)}
              error={Boolean(e.supervisorName)}
              helperText={e.supervisorName ?? ' '}
            />
            <TextField
              label="Outside supervisor's role"
              value={d.supervisorRole}
              onChange={(ev) => set('supervisorRole')(ev.target.value)}
              helperText=" "
            />
          </>
        )}
      </Box>
      <Typography variant="h3" component="h2" sx={{ mt: 1, mb: 1 }}>
        Caseload
      </Typography>
      <Box sx={grid}>
        <TextField
          label="People active now"
          type="number"
          value={d.caseloadActive}
          onChange={(ev) => set('caseloadActive')(ev.target.value)}
          error={Boolean(e.caseloadActive)}
          helperText={
            e.caseloadActive ??
            (props.caseloadSource
              ? `${props.caseloadSource}. ${LINK_WORKER_CASELOAD_GUIDANCE}`
              : LINK_WORKER_CASELOAD_GUIDANCE)
          }
        />
        <TextField
          label="New referrals since the last session"
          type="number"
          value={d.newReferrals}
          onChange={(ev) => set('newReferrals')(ev.target.value)}
          error={Boolean(e.newReferrals)}
          helperText={e.newReferrals ?? ' '}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mt: 1 }}>
        <StaffOnlyField
          label="Cases discussed (pseudonymised)"
          value={d.casesDiscussed}
          onChange={set('casesDiscussed')}
          error={e.casesDiscussed}
          rows={3}
        />
        <StaffOnlyField
          label="Safeguarding or risk concerns, and what was done"
          value={d.risks}
          onChange={set('risks')}
          error={e.risks}
          rows={3}
        />
        <StaffOnlyField
          label="Referrals back to clinicians"
          value={d.referralsBack}
          onChange={set('referralsBack')}
          error={e.referralsBack}
        />
        <StaffOnlyField
          label="The worker's wellbeing"
          value={d.wellbeing}
          onChange={set('wellbeing')}
          error={e.wellbeing}
        />
        <StaffOnlyField
          label="Learning needs"
          value={d.learningNeeds}
          onChange={set('learningNeeds')}
          error={e.learningNeeds}
        />
        <Autocomplete
          multiple
          options={props.competencies}
          value={props.competencies.filter((c) => d.learningCompetencyIds.includes(c.id))}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          onChange={(_ev, chosen) => set('learningCompetencyIds')(chosen.map((c) => c.id))}
          noOptionsText="No competency framework covers this role"
          renderInput={(params) => (
            <TextField {...params} label="Learning needs linked to competencies" helperText=" " />
          )}
        />
      </Box>
      <Typography variant="h3" component="h2" sx={{ mt: 1, mb: 1 }}>
        Agreed actions
      </Typography>
      {d.actions.map((a, i) => (
        <Box
          key={i}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '3fr 1.5fr 1.2fr auto' },
            gap: 1,
            alignItems: 'start',
          }}
        >
          <StaffOnlyField
            label={`Action ${i + 1}`}
            value={a.description}
            onChange={(v) => setAction(i, { description: v })}
            error={e[`actions.${i}.description`]}
            rows={1}
          />
          <TextField
            label={`Action ${i + 1} owner`}
            value={a.owner}
            onChange={(ev) => setAction(i, { owner: ev.target.value })}
            error={Boolean(e[`actions.${i}.owner`])}
            helperText={e[`actions.${i}.owner`] ?? ' '}
          />
          <DateField
            label={`Action ${i + 1} due`}
            kind="working"
            value={a.dueDate}
            onChange={(v) => setAction(i, { dueDate: v })}
            error={e[`actions.${i}.dueDate`]}
          />
          <IconButton
            aria-label={`Remove action ${i + 1}`}
            onClick={() => setD((x) => ({ ...x, actions: x.actions.filter((_, j) => j !== i) }))}
          >
            ×
          </IconButton>
        </Box>
      ))}
      <Button
        onClick={() =>
          setD((x) => ({ ...x, actions: [...x.actions, { description: '', owner: '', dueDate: '', status: 'open' }] }))
        }
      >
        Add an action
      </Button>
      <Box sx={{ ...grid, mt: 2 }}>
        <DateField
          label="Next session"
          kind="working"
          value={d.nextDate}
          onChange={set('nextDate')}
          error={e.nextDate}
        />
      </Box>
      <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 1 }}>
        Save session
      </Button>
    </Paper>
  );
}
