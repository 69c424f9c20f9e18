import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

export interface Option {
  value: string;
  label: string;
}

/** A labelled single choice; an empty value means "none chosen". */
export function SelectField(props: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  error?: string | undefined;
  helperText?: string;
  required?: boolean;
  noneLabel?: string;
}) {
  return (
    <TextField
      select
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      required={props.required ?? false}
      error={Boolean(props.error)}
      helperText={props.error ?? props.helperText ?? ' '}
    >
      {props.noneLabel !== undefined && (
        <MenuItem value="">
          <em>{props.noneLabel}</em>
        </MenuItem>
      )}
      {props.options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

export const idText = (id: number | null): string => (id === null ? '' : String(id));
export const textId = (text: string): number | null => (text === '' ? null : Number(text));
