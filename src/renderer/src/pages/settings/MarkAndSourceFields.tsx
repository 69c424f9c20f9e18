import TextField from '@mui/material/TextField';
import type { Mark } from '../../../../shared/domain/rates.ts';
import { MARK_LABELS, MARKS } from '../../../../shared/domain/rates.ts';
import { SelectField } from '../../components/SelectField.tsx';

const MARK_OPTIONS = MARKS.map((m) => ({ value: m, label: `${m}: ${MARK_LABELS[m]}` }));

/** Whether a public source confirms a figure. */
export function MarkField(props: {
  value: Mark;
  onChange(mark: Mark): void;
  error: string | undefined;
  helperText?: string;
}) {
  return (
    <SelectField
      label="Mark"
      value={props.value}
      options={MARK_OPTIONS}
      onChange={(v) => props.onChange(v as Mark)}
      error={props.error}
      {...(props.helperText === undefined ? {} : { helperText: props.helperText })}
    />
  );
}

/** Where a figure comes from; `hint` shows until there is an error to show. */
export function SourceField(props: {
  value: string;
  onChange(source: string): void;
  error: string | undefined;
  hint: string;
}) {
  return (
    <TextField
      label="Source"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={Boolean(props.error)}
      helperText={props.error ?? props.hint}
    />
  );
}
