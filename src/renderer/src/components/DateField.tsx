import TextField from '@mui/material/TextField';
import { formatUkDate, parseUkDate } from '../../../shared/rules/dates.ts';

/**
 * A date typed as dd/mm/yyyy, whatever the browser's locale. The text is kept as typed;
 * `toIsoOrText` turns it into `YYYY-MM-DD` when it is a real date, so the backend can name the field otherwise.
 */
export function DateField(props: {
  label: string;
  value: string;
  onChange(text: string): void;
  error?: string | undefined;
  required?: boolean;
  helperText?: string;
}) {
  return (
    <TextField
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      placeholder="dd/mm/yyyy"
      required={props.required ?? false}
      error={Boolean(props.error)}
      helperText={props.error ?? props.helperText ?? 'dd/mm/yyyy'}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}

export const dateText = (iso: string | null): string => formatUkDate(iso);

/** Empty text is null; a real dd/mm/yyyy date is ISO; anything else goes as typed for the backend to reject by name. */
export function toIsoOrText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseUkDate(trimmed) ?? trimmed;
}
