import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { sendTestMail } from '../../stores/mail.ts';

type Outcome = { ok: true; message: string } | { ok: false; message: string } | null;

/** Sends a test through the saved settings (to the lead's own address unless another is typed) and says what happened. */
export function MailTestButton() {
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const send = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, message: (await sendTestMail(to)).message });
    } catch (error) {
      setOutcome({ ok: false, message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, maxWidth: 560 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label="Send a test to"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          helperText="Uses the saved settings; empty sends to you"
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
        />
        <Button
          variant="outlined"
          disabled={busy}
          onClick={() => void send()}
          sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
        >
          {busy ? 'Sending…' : 'Send a test'}
        </Button>
      </Box>
      <Box role="status" aria-live="polite">
        {outcome && <Alert severity={outcome.ok ? 'success' : 'error'}>{outcome.message}</Alert>}
      </Box>
    </Box>
  );
}
