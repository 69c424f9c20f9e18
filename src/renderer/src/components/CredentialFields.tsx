import TextField from '@mui/material/TextField';

interface CredentialFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** What the browser's password manager may fill: "username", "current-password", "new-password" or "off". */
  autoComplete: string;
  /** Shown under the field, in red, in place of `hint`. */
  error?: string | undefined;
  hint?: string;
}

function CredentialField(props: CredentialFieldProps & { type: 'email' | 'password' }) {
  return (
    <TextField
      label={props.label}
      type={props.type}
      required
      autoComplete={props.autoComplete}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={Boolean(props.error)}
      helperText={props.error ?? props.hint}
    />
  );
}

/** A required e-mail address: the name an account signs in with. */
export function EmailField(props: Omit<CredentialFieldProps, 'label'> & { label?: string }) {
  return <CredentialField {...props} label={props.label ?? 'E-mail address'} type="email" />;
}

/** A required password, never shown as typed. */
export function PasswordField(props: CredentialFieldProps) {
  return <CredentialField {...props} type="password" />;
}
