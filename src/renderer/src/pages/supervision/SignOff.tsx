import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SignedInAccount } from '../../../../shared/domain/app.ts';
import type { SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { signatureStatement } from '../../../../shared/rules/signatures.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { signSession } from '../../stores/supervision.ts';

type Party = 'worker' | 'supervisor';

interface PartProps {
  session: SupervisionSession;
  who: Party;
}

const LABEL: Record<Party, string> = { worker: 'Worker', supervisor: 'Supervisor' };

function Signed({ who, text }: { who: Party; text: string }) {
  return (
    <Box>
      <Typography variant="h3" component="h3">
        {LABEL[who]}
      </Typography>
      <Typography>{text}</Typography>
    </Box>
  );
}

/** Personal mode: the person types their own name; nothing on the page shows the name it expects. */
function TypedNameBox({ session, who }: PartProps) {
  const [name, setName] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const label = LABEL[who];
  const problem = fieldErrors.name ?? fieldErrors.date ?? formError;
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => signSession(session.id, who, name));
      }}
    >
      <Typography variant="h3" component="h3">
        {label}
      </Typography>
      <TextField
        label={`${label}: type your name to sign`}
        value={name}
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
        error={Boolean(problem)}
        helperText={problem ?? ' '}
        sx={{ mt: 1 }}
      />
      <Button type="submit" variant="outlined" disabled={busy}>{`Sign as ${who}`}</Button>
    </Box>
  );
}

/** Team mode: the signed-in person signs their own part with one button; no name is typed. */
function AccountPart({ session, who, me }: PartProps & { me: SignedInAccount }) {
  const { submit, formError, busy } = useSubmit();
  const mine = who === 'worker' ? me.workerId === session.workerId : me.colleagueId === session.supervisorId;
  const party = who === 'worker' ? session.workerName : session.supervisorName || 'the supervisor';
  return (
    <Box>
      <Typography variant="h3" component="h3">
        {LABEL[who]}
      </Typography>
      {mine ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
            You sign as {me.name}, signed in as {me.email}; the record keeps your account and the time.
          </Typography>
          <Button variant="contained" disabled={busy} onClick={() => void submit(() => signSession(session.id, who))}>
            {`Sign as ${me.name}`}
          </Button>
          {formError && (
            <Alert severity="error" role="alert" sx={{ mt: 1 }}>
              {formError}
            </Alert>
          )}
        </>
      ) : (
        <Typography>
          {who === 'supervisor' && session.supervisorId === null
            ? `${party} is not in the register, so cannot sign here.`
            : `Waiting for ${party} to sign, signed in as themself.`}
        </Typography>
      )}
    </Box>
  );
}

function Part({ session, who }: PartProps) {
  const status = useAppStore((s) => s.status);
  const signature = who === 'worker' ? session.workerSignature : session.supervisorSignature;
  if (signature) return <Signed who={who} text={signatureStatement(signature)} />;
  if (status?.mode === 'team') {
    return status.me ? <AccountPart session={session} who={who} me={status.me} /> : null;
  }
  return <TypedNameBox session={session} who={who} />;
}

/**
 * Team mode: each signs their own part as the account they signed in with. Personal mode: a typed name and the
 * time, which is attribution, not authentication. Once both sign, the record locks.
 */
export function SignOff({ session }: { session: SupervisionSession }) {
  const team = useAppStore((s) => s.status?.mode === 'team');
  return (
    <Paper component="section" aria-label="Sign-off" sx={{ p: 2, mt: 3 }}>
      <Typography variant="h2" gutterBottom>
        Sign-off
      </Typography>
      {!team && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          On this computer Linkwork has no sign-in, so a typed name records who signed: it is attribution, not
          authentication.
        </Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
        <Part session={session} who="worker" />
        <Part session={session} who="supervisor" />
      </Box>
    </Paper>
  );
}
