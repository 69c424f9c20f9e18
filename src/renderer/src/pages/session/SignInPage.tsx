import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { EmailField, PasswordField } from '../../components/CredentialFields.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { signIn } from '../../stores/session.ts';
import { SessionForm } from './SessionForm.tsx';
import { SessionFrame } from './SessionFrame.tsx';

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
      <SessionForm
        label="Sign in"
        error={formError}
        submitLabel="Sign in"
        busy={busy}
        onSubmit={() => void submit(() => signIn(email.trim(), password))}
      >
        <EmailField autoComplete="username" value={email} onChange={setEmail} />
        <PasswordField label="Password" autoComplete="current-password" value={password} onChange={setPassword} />
      </SessionForm>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>
        New to Linkwork, or forgotten your password? Ask your PCN workforce lead for a link to set one.
      </Typography>
    </SessionFrame>
  );
}
