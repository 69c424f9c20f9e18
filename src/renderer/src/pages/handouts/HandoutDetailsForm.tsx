import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { HandoutDetails } from '../../../../shared/domain/handouts.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveHandoutDetails } from '../../stores/handouts.ts';

/** How patients reach the worker: kept by the lead and by the worker themself. */
export function HandoutDetailsForm(props: {
  details: HandoutDetails;
  /** Kept by the section: the form is made afresh from what the backend returns once saved. */
  saved: boolean;
  onSaved(saved: boolean): void;
}) {
  const { details, saved, onSaved } = props;
  const [phone, setPhone] = useState(details.phone);
  const [email, setEmail] = useState(details.email);
  const [workingTimes, setWorkingTimes] = useState(details.workingTimes);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <Box
      component="form"
      aria-label="How patients reach them"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSaved(false);
        void submit(async () => {
          await saveHandoutDetails({ workerId: details.workerId, phone, email, workingTimes });
          onSaved(true);
        });
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <TextField
          label="Phone"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          error={Boolean(fieldErrors.phone)}
          helperText={fieldErrors.phone ?? 'A number patients can call, such as 01632 960123 ext. 204'}
          slotProps={{ htmlInput: { name: 'phone', autoComplete: 'off', inputMode: 'tel' } }}
        />
        <TextField
          label="E-mail"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={Boolean(fieldErrors.email)}
          helperText={fieldErrors.email ?? 'Leave empty if patients should not e-mail'}
          slotProps={{ htmlInput: { name: 'email', autoComplete: 'off', inputMode: 'email' } }}
        />
        <TextField
          label="When to reach them"
          value={workingTimes}
          onChange={(e) => setWorkingTimes(e.target.value)}
          error={Boolean(fieldErrors.workingTimes)}
          helperText={fieldErrors.workingTimes ?? 'For example: Monday to Thursday, 9am to 4pm'}
          multiline
          minRows={2}
          sx={{ gridColumn: { md: '1 / -1' } }}
          slotProps={{ htmlInput: { name: 'workingTimes' } }}
        />
      </Box>
      {saved && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Contact details saved: the handout now shows them.
        </Alert>
      )}
      <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 2 }}>
        Save contact details
      </Button>
    </Box>
  );
}
