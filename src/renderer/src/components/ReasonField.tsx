import TextField from '@mui/material/TextField';

/** The required "why" of an audited change (a removal, an exemption, a reopening), with the backend's message. */
export function ReasonField(props: {
  label?: string;
  value: string;
  onChange(reason: string): void;
  error?: string;
  hint?: string;
}) {
  return (
    <TextField
      label={props.label ?? 'Reason'}
      required
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={Boolean(props.error)}
      helperText={props.error ?? props.hint ?? ' '}
    />
  );
}
