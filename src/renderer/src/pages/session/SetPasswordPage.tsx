import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { acceptInvitation } from '../../stores/session.ts';
import { SessionFrame } from './SignInPage.tsx';

const MIN_LENGTH = 12;

/** Team mode: the page a one-time link opens (`#/welcome/invitation/<token>`), to choose a password. */
export function SetPasswordPage({ token }: { token: string }) {
  const pcn = useAppStore((s) => s.status?.pcn);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const passwordError = fieldErrors.password;

  return (
    <SessionFrame title="Choose your password" subtitle={pcn ? `Linkwork for ${pcn.name}` : 'Linkwork'}>
      <Typography sx={{ mb: 2 }}>
        {`Use at least ${MIN_LENGTH} characters. A few unrelated words make a good one; common passwords are refused. Nothing else is required.`}
      </Typography>
      {formError && !passwordError && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {formError}
        </Alert>
      )}
      <Box
        component="form"
        noValidate
        aria-label="Choose your password"
        onSubmit={(e) => {
          e.preventDefault();
          const differ = password !== again;
          setMismatch(differ);
          if (!differ) void submit(() => acceptInvitation(token, password));
        }}
        sx={{ display: 'grid', gap: 2 }}
      >
        <TextField
          label="New password"
          type="password"
          required
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={Boolean(passwordError)}
          helperText={passwordError ?? `At least ${MIN_LENGTH} characters, not a common password`}
        />
        <TextField
          label="The same password again"
          type="password"
          required
          autoComplete="new-password"
          value={again}
          onChange={(e) => {
            setAgain(e.target.value);
            setMismatch(false);
          }}
          error={mismatch}
          helperText={mismatch ? 'The two passwords are not the same' : ' '}
        />
        <Button type="submit" variant="contained" disabled={busy}>
          Set password and sign in
        </Button>
      </Box>
    </SessionFrame>
  );
}
