import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Pcn } from '../../../../shared/domain/pcn.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';

export function PcnDetailsForm({ pcn }: { pcn: Pcn }) {
  const savePcn = useOrganisationStore((s) => s.savePcn);
  const dataFile = useAppStore((s) => s.status?.dataFile);
  const [name, setName] = useState(pcn.name);
  const [odsCode, setOdsCode] = useState(pcn.odsCode);
  const [hours, setHours] = useState(String(pcn.fullTimeHours));
  const { submit, fieldErrors, formError, busy } = useSubmit();

  return (
    <Paper
      component="form"
      aria-label="PCN details"
      noValidate
      sx={{ p: 2, mb: 3 }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => savePcn({ name, odsCode, fullTimeHours: hours.trim() === '' ? Number.NaN : Number(hours) }));
      }}
    >
      <Typography variant="h2" gutterBottom>
        PCN details
      </Typography>
      <ErrorSummary message={formError} busy={busy} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr auto' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <TextField
          label="PCN name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={Boolean(fieldErrors.name)}
          helperText={fieldErrors.name ?? ' '}
        />
        <TextField
          label="PCN ODS code"
          value={odsCode}
          onChange={(e) => setOdsCode(e.target.value)}
          error={Boolean(fieldErrors.odsCode)}
          helperText={fieldErrors.odsCode ?? ' '}
        />
        <TextField
          label="Full-time hours a week"
          type="number"
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={Boolean(fieldErrors.fullTimeHours)}
          helperText={fieldErrors.fullTimeHours ?? 'WTE = hours ÷ this'}
        />
        <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 0.25 }}>
          Save
        </Button>
      </Box>
      {dataFile && (
        <Typography variant="body2" color="text.secondary">
          Data file: <code>{dataFile}</code>
        </Typography>
      )}
    </Paper>
  );
}
