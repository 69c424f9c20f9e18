import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type {
  DueRule,
  Requirement,
  RequirementFields,
  MetBy,
  RequirementKind,
} from '../../../../shared/domain/requirements.ts';
import {
  MET_BY,
  MET_BY_LABELS,
  REQUIREMENT_KIND_LABELS,
  REQUIREMENT_KINDS,
} from '../../../../shared/domain/requirements.ts';
import type { Role } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff.ts';
import { DateField, dateText, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveRequirement } from '../../stores/requirements.ts';

const DUE_TYPES = [
  { value: 'after_start', label: 'Within a time of starting' },
  { value: 'fixed_date', label: 'By a fixed date' },
  { value: 'before_first_claim', label: 'Before the first ARRS claim' },
];

const number = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** Adds a local requirement or edits any requirement; the backend's schema judges the values. */
export function RequirementDialog(props: { requirement: Requirement | null; onClose(): void }) {
  const r = props.requirement;
  const [id, setId] = useState(r?.id ?? '');
  const [title, setTitle] = useState(r?.title ?? '');
  const [shortTitle, setShortTitle] = useState(r?.shortTitle ?? '');
  const [kind, setKind] = useState<RequirementKind>(r?.kind ?? 'training');
  const [roles, setRoles] = useState<Role[]>(r?.roles ?? [...ROLES]);
  const [dueType, setDueType] = useState<DueRule['type']>(r?.due.type ?? 'after_start');
  const [months, setMonths] = useState(r?.due.type === 'after_start' ? String(r.due.months ?? '') : '3');
  const [days, setDays] = useState(r?.due.type === 'after_start' ? String(r.due.days ?? '') : '');
  const [fixedDate, setFixedDate] = useState(r?.due.type === 'fixed_date' ? dateText(r.due.date) : '');
  const [renewal, setRenewal] = useState(r?.renewalMonths ? String(r.renewalMonths) : '');
  const [evidence, setEvidence] = useState(r?.evidence ?? '');
  const [metBy, setMetBy] = useState<MetBy>(r?.metBy ?? 'completion');
  const [blocksClaim, setBlocksClaim] = useState(r?.blocksClaim ?? false);
  const [source, setSource] = useState(r?.source ?? '');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const err = (key: string) => fieldErrors[key];

  const due = (): DueRule => {
    if (dueType === 'fixed_date') return { type: 'fixed_date', date: toIsoOrText(fixedDate) ?? '' };
    if (dueType === 'before_first_claim') return { type: 'before_first_claim' };
    return { type: 'after_start', months: number(months), days: number(days) };
  };

  const fields = (): RequirementFields => ({
    id,
    title,
    shortTitle,
    kind,
    roles,
    due: due(),
    renewalMonths: number(renewal) ?? null,
    evidence,
    check: r?.check ?? 'record',
    metBy,
    sessionKind: r?.sessionKind ?? '',
    cpd: r?.cpd ?? null,
    blocksClaim,
    source,
  });

  return (
    <FormDialog
      open
      title={r ? `Edit ${r.title}` : 'Add a local requirement'}
      submitLabel="Save requirement"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await saveRequirement(r === null, fields());
          props.onClose();
        })
      }
    >
      {!r && (
        <TextField
          label="Id"
          required
          value={id}
          onChange={(e) => setId(e.target.value)}
          error={Boolean(err('id'))}
          helperText={err('id') ?? 'Lower-case letters, digits and hyphens, e.g. manual-handling'}
        />
      )}
      <TextField
        label="Title"
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={Boolean(err('title'))}
        helperText={err('title') ?? ' '}
      />
      <TextField
        label="Short title for the matrix"
        value={shortTitle}
        onChange={(e) => setShortTitle(e.target.value)}
        error={Boolean(err('shortTitle'))}
        helperText={err('shortTitle') ?? 'Optional, up to 40 characters'}
      />
      <SelectField
        label="Kind"
        required
        value={kind}
        options={REQUIREMENT_KINDS.map((k) => ({ value: k, label: REQUIREMENT_KIND_LABELS[k] }))}
        onChange={(v) => setKind(v as RequirementKind)}
        error={err('kind')}
      />
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <FormLabel component="legend">Applies to</FormLabel>
        <FormGroup row>
          {ROLES.map((role) => (
            <FormControlLabel
              key={role}
              label={ROLE_LABELS[role]}
              control={
                <Checkbox
                  checked={roles.includes(role)}
                  onChange={(e) =>
                    setRoles((list) => (e.target.checked ? [...list, role] : list.filter((x) => x !== role)))
                  }
                />
              }
            />
          ))}
        </FormGroup>
        {err('roles') && <FormHelperText error>{err('roles')}</FormHelperText>}
      </Box>
      <SelectField
        label="When it is due"
        value={dueType}
        options={DUE_TYPES}
        onChange={(v) => setDueType(v as DueRule['type'])}
        error={err('due')}
      />
      {dueType === 'after_start' && (
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          <TextField
            label="Months after starting"
            type="number"
            value={months}
            onChange={(e) => setMonths(e.target.value)}
            error={Boolean(err('due.months'))}
            helperText={err('due.months') ?? ' '}
          />
          <TextField
            label="Days after starting"
            type="number"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            error={Boolean(err('due.days'))}
            helperText={err('due.days') ?? ' '}
          />
        </Box>
      )}
      {dueType === 'fixed_date' && (
        <DateField label="Due by" required value={fixedDate} onChange={setFixedDate} error={err('due.date')} />
      )}
      <TextField
        label="Renew every (months)"
        type="number"
        value={renewal}
        onChange={(e) => setRenewal(e.target.value)}
        error={Boolean(err('renewalMonths'))}
        helperText={err('renewalMonths') ?? 'Leave empty if it never needs renewing'}
      />
      {(r?.check ?? 'record') === 'record' && (
        <SelectField
          label="Met by"
          value={metBy}
          options={MET_BY.map((m) => ({ value: m, label: MET_BY_LABELS[m] }))}
          onChange={(v) => setMetBy(v as MetBy)}
          error={err('metBy')}
          helperText="Some courses count from enrolment (enrolled in, undertaking or qualified); others only once completed"
        />
      )}
      <TextField
        label="Evidence expected"
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
        helperText=" "
      />
      <FormControlLabel
        control={<Switch checked={blocksClaim} onChange={(e) => setBlocksClaim(e.target.checked)} />}
        label="Blocks the ARRS claim when not met (otherwise it only warns)"
      />
      <TextField
        label="Source"
        value={source}
        multiline
        onChange={(e) => setSource(e.target.value)}
        helperText="Where the rule comes from"
      />
    </FormDialog>
  );
}
