import TextField from '@mui/material/TextField';
import { nhsNumberWarning } from '../../../../shared/rules/staff-text.ts';

/** A free-text field that flags an NHS number as it is typed; the backend refuses to store one. */
export function StaffOnlyField(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string | undefined;
  rows?: number;
  disabled?: boolean;
}) {
  const warning = nhsNumberWarning(props.value) ?? undefined;
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
