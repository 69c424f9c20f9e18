import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AppSettings } from '../../../../shared/domain/settings.ts';
import { call } from '../../api/client.ts';
import { useSubmit } from '../../components/useSubmit.ts';

const MB = 1024 * 1024;

export function SettingsForm({ settings, onSaved }: { settings: AppSettings; onSaved(s: AppSettings): void }) {
  const [days, setDays] = useState(String(settings.expiringSoonDays));
  const [megabytes, setMegabytes] = useState(String(settings.evidenceMaxBytes / MB));
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <Paper
      component="form"
      aria-label="Compliance settings"
      noValidate
      sx={{ p: 2, mb: 3 }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(async () =>
          onSaved(
            await call('settings.update', {
              expiringSoonDays: Number(days),
              evidenceMaxBytes: Math.round(Number(megabytes) * MB),
            }),
          ),
        );
      }}
    >
      <Typography variant="h2" gutterBottom>
        Compliance settings
      </Typography>
      {formError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {formError}
        </Alert>
      )}
      <Box
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr auto' }, gap: 2, alignItems: 'start' }}
      >
        <TextField
          label="Expiring soon window (days)"
          type="number"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={Boolean(fieldErrors.expiringSoonDays)}
          helperText={fieldErrors.expiringSoonDays ?? 'Items turn amber this many days before they expire or fall due'}
        />
        <TextField
          label="Largest evidence file (MB)"
          type="number"
          value={megabytes}
          onChange={(e) => setMegabytes(e.target.value)}
          error={Boolean(fieldErrors.evidenceMaxBytes)}
          helperText={fieldErrors.evidenceMaxBytes ?? 'PDF, PNG or JPEG certificates'}
        />
        <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 0.25 }}>
          Save settings
        </Button>
      </Box>
    </Paper>
  );
}
