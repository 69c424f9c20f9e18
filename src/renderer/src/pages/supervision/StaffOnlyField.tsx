import TextField from '@mui/material/TextField';
import { findNhsNumbers } from '../../../../shared/rules/nhs-number.ts';

/** A free-text field that flags an NHS number as it is typed; the backend refuses to store one. */
export function StaffOnlyField(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string | undefined;
  rows?: number;
  disabled?: boolean;
}) {
  const found = findNhsNumbers(props.value);
  const warning = found.length
    ? `This looks like an NHS number (${found.join(', ')}): remove patient identifiers before saving`
    : undefined;
  return (
    <TextField
      label={props.label}
      value={props.value}
      multiline
      minRows={props.rows ?? 2}
      disabled={props.disabled ?? false}
      onChange={(e) => props.onChange(e.target.value)}
      error={Boolean(warning ?? props.error)}
      helperText={warning ?? props.error ?? ' '}
    />
  );
}
