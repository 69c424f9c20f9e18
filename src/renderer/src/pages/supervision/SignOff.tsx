import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { call } from '../../api/client.ts';
import { useSubmit } from '../../components/useSubmit.ts';

function SignBox(props: {
  session: SupervisionSession;
  who: 'worker' | 'supervisor';
  onSigned(s: SupervisionSession): void;
}) {
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
        void submit(async () =>
          props.onSigned(await call('supervision.sign', { sessionId: props.session.id, who: props.who, name })),
        );
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
export function SignOff({ session, onChange }: { session: SupervisionSession; onChange(s: SupervisionSession): void }) {
  return (
    <Paper component="section" aria-label="Sign-off" sx={{ p: 2, mt: 3 }}>
      <Typography variant="h2" gutterBottom>
        Sign-off
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
        <SignBox session={session} who="worker" onSigned={onChange} />
        <SignBox session={session} who="supervisor" onSigned={onChange} />
      </Box>
    </Paper>
  );
}
