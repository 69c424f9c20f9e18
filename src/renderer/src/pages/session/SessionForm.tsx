import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

/** A signed-out page's one form: the server's refusal above it, then its fields and its button. */
export function SessionForm(props: {
  label: string;
  error: string | null | undefined;
  submitLabel: string;
  busy: boolean;
  onSubmit(): void;
  children: ReactNode;
}) {
  return (
    <>
      {props.error && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {props.error}
        </Alert>
      )}
      <Box
        component="form"
        noValidate
        aria-label={props.label}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
        sx={{ display: 'grid', gap: 2 }}
      >
        {props.children}
        <Button type="submit" variant="contained" disabled={props.busy}>
          {props.submitLabel}
        </Button>
      </Box>
    </>
  );
}
