import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { signSession } from '../../stores/supervision.ts';

function SignBox(props: { session: SupervisionSession; who: 'worker' | 'supervisor' }) {
  const signature = props.who === 'worker' ? props.session.workerSignature : props.session.supervisorSignature;
  const expected = props.who === 'worker' ? props.session.workerName : props.session.supervisorName;
  const [name, setName] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const label = props.who === 'worker' ? 'Worker' : 'Supervisor';
  if (signature) {
    return (
      <Box>
        <Typography variant="h3" component="h3">
          {label}
        </Typography>
        <Typography>{`Signed ${formatUkDateTime(signature.at)} by ${signature.name}`}</Typography>
      </Box>
    );
  }
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => signSession(props.session.id, props.who, name));
      }}
    >
      <Typography variant="h3" component="h3">
        {label}
      </Typography>
      <TextField
        label={`${label}: type your name to sign`}
        placeholder={expected}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={Boolean(fieldErrors.name ?? fieldErrors.date ?? formError)}
        helperText={fieldErrors.name ?? fieldErrors.date ?? formError ?? ' '}
        sx={{ mt: 1 }}
      />
      <Button type="submit" variant="outlined" disabled={busy}>{`Sign as ${props.who}`}</Button>
    </Box>
  );
}

/** Typed names and times: attribution, not authentication. Once both sign, the record locks. */
export function SignOff({ session }: { session: SupervisionSession }) {
  return (
    <Paper component="section" aria-label="Sign-off" sx={{ p: 2, mt: 3 }}>
      <Typography variant="h2" gutterBottom>
        Sign-off
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
        <SignBox session={session} who="worker" />
        <SignBox session={session} who="supervisor" />
      </Box>
    </Paper>
  );
}
