import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { PasswordField } from '../../components/CredentialFields.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { acceptInvitation } from '../../stores/session.ts';
import { SessionForm } from './SessionForm.tsx';
import { SessionFrame } from './SessionFrame.tsx';

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
      <SessionForm
        label="Choose your password"
        error={passwordError ? null : formError}
        submitLabel="Set password and sign in"
        busy={busy}
        onSubmit={() => {
          const differ = password !== again;
          setMismatch(differ);
          if (!differ) void submit(() => acceptInvitation(token, password));
        }}
      >
        <PasswordField
          label="New password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={passwordError}
          hint={`At least ${MIN_LENGTH} characters, not a common password`}
        />
        <PasswordField
          label="The same password again"
          autoComplete="new-password"
          value={again}
          onChange={(value) => {
            setAgain(value);
            setMismatch(false);
          }}
          error={mismatch ? 'The two passwords are not the same' : undefined}
          hint=" "
        />
      </SessionForm>
    </SessionFrame>
  );
}
