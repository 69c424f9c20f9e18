import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { PinnedDateBanner } from '../../app/PinnedDateBanner.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { signIn } from '../../stores/session.ts';

/**
 * Team mode, signed out: the e-mail address and password. A refusal shows the server's one message, which never
 * says whether an account exists.
 */
export function SignInPage() {
  const pcn = useAppStore((s) => s.status?.pcn);
  const sessionEnded = useAppStore((s) => s.sessionEnded);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { submit, formError, busy } = useSubmit();

  return (
    <SessionFrame title="Sign in to Linkwork" subtitle={pcn?.name}>
      {sessionEnded && !formError && (
        <Alert severity="info" role="status" sx={{ mb: 2 }}>
          Your session has ended: sign in again
        </Alert>
      )}
      {formError && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {formError}
        </Alert>
      )}
      <Box
        component="form"
        noValidate
        aria-label="Sign in"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(() => signIn(email.trim(), password));
        }}
        sx={{ display: 'grid', gap: 2 }}
      >
        <TextField
          label="E-mail address"
          type="email"
          required
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" variant="contained" disabled={busy}>
          Sign in
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>
        New to Linkwork, or forgotten your password? Ask your PCN workforce lead for a link to set one.
      </Typography>
    </SessionFrame>
  );
}

/** The narrow page sign-in and setting a password share, outside the app's menus. */
export function SessionFrame({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Box component="main" sx={{ maxWidth: 480, mx: 'auto', px: 2, py: 6 }}>
      <PinnedDateBanner />
      <Paper sx={{ p: 4 }}>
        <Typography variant="h1" gutterBottom>
          {title}
        </Typography>
        {subtitle && (
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {subtitle}
          </Typography>
        )}
        {children}
      </Paper>
    </Box>
  );
}
