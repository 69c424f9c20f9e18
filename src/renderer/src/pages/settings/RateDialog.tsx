import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { InputOf } from '../../../../shared/api/contract.ts';
import type { Mark, RateArea } from '../../../../shared/domain/rates.ts';
import { AREA_TITLES, RATE_AREAS } from '../../../../shared/domain/rates.ts';
import type { Role } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff.ts';
import { financialYearOf, isIsoDate } from '../../../../shared/rules/dates.ts';
import { parsePounds, penceAsTyped } from '../../../../shared/rules/money.ts';
import { dateText, DateField, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { typedOrRefused } from '../../components/typedNumbers.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { MarkField, SourceField } from './MarkAndSourceFields.tsx';

/** What the dialog opens with: a row to correct, or a new one with what is already known. */
export interface RateDraft {
  role: Role;
  area: RateArea;
  annualMaxPence: number | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  source: string;
  mark: Mark;
  backdated: boolean;
}

/** A maximum for 1.0 WTE a year, for a role in an area over a period; the financial year follows the start date. */
export function RateDialog(props: {
  title: string;
  submitLabel: string;
  draft: RateDraft;
  /** A line of text above the fields, saying what saving will do. */
  intro?: string;
  save(fields: InputOf<'rate.save'>): Promise<void>;
  onClose(): void;
}) {
  const { draft } = props;
  const [role, setRole] = useState<Role>(draft.role);
  const [area, setArea] = useState<RateArea>(draft.area);
  const [amount, setAmount] = useState(draft.annualMaxPence === null ? '' : penceAsTyped(draft.annualMaxPence));
  const [from, setFrom] = useState(dateText(draft.effectiveFrom));
  const [to, setTo] = useState(dateText(draft.effectiveTo));
  const [mark, setMark] = useState<Mark>(draft.mark);
  const [backdated, setBackdated] = useState(draft.backdated);
  const [source, setSource] = useState(draft.source);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const fromIso = toIsoOrText(from);
  const year = fromIso && isIsoDate(fromIso) ? financialYearOf(fromIso) : null;

  return (
    <FormDialog
      open
      title={props.title}
      submitLabel={props.submitLabel}
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          const typed = typedOrRefused({ annualMaxPence: parsePounds(amount) });
          await props.save({
            role,
            area,
            annualMaxPence: typed.annualMaxPence,
            effectiveFrom: fromIso ?? '',
            effectiveTo: toIsoOrText(to),
            source,
            mark,
            backdated,
          });
          props.onClose();
        })
      }
    >
      {props.intro}
      <SelectField
        label="Role"
        value={role}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        onChange={(v) => setRole(v as Role)}
        error={fieldErrors.role}
      />
      <SelectField
        label="Area"
        value={area}
        options={RATE_AREAS.map((a) => ({ value: a, label: AREA_TITLES[a] }))}
        onChange={(v) => setArea(v as RateArea)}
        error={fieldErrors.area}
      />
      <TextField
        label="Maximum for 1.0 WTE a year (£)"
        required
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={Boolean(fieldErrors.annualMaxPence)}
        helperText={fieldErrors.annualMaxPence ?? 'Salary plus employer’s NI and pension, as published'}
      />
      <DateField
        label="Takes effect"
        kind="arrs"
        required
        value={from}
        onChange={setFrom}
        error={fieldErrors.effectiveFrom ?? fieldErrors.financialYear}
        helperText={year ? `Financial year ${year}` : 'dd/mm/yyyy'}
      />
      <DateField
        label="Last day it applies"
        kind="arrs"
        value={to}
        onChange={setTo}
        error={fieldErrors.effectiveTo}
        helperText="dd/mm/yyyy; leave empty while no end is known"
      />
      <MarkField
        value={mark}
        onChange={setMark}
        error={fieldErrors.mark}
        helperText="Whether a public source confirms the figure"
      />
      <FormControlLabel
        control={<Checkbox checked={backdated} onChange={(e) => setBackdated(e.target.checked)} />}
        label="Backdated (applied from before it was announced)"
      />
      <SourceField
        value={source}
        onChange={setSource}
        error={fieldErrors.source}
        hint="Where the figure comes from, such as the DES or an ICB letter"
      />
    </FormDialog>
  );
}
