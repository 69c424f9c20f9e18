import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { addDays } from '../../../../shared/rules/dates.ts';
import { DateField, dateText, toIsoOrText } from '../../components/DateField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { downloadSupervisionLog } from '../../stores/supervision.ts';

/** The worker's supervision log as a PDF, over the past year unless another range is typed. */
export function PrintLog({ workerId }: { workerId: number }) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const [from, setFrom] = useState(dateText(addDays(today, -365)));
  const [to, setTo] = useState(dateText(today));
  const { submit, fieldErrors, formError, busy } = useSubmit();
  // Field errors show on the dates; anything else (the PDF could not be made) shows below them.
  const otherError = Object.keys(fieldErrors).length === 0 ? formError : null;
  const print = () =>
    void submit(() => downloadSupervisionLog(workerId, toIsoOrText(from) ?? '', toIsoOrText(to) ?? ''));
  return (
    <Box sx={{ mt: 2, maxWidth: 640 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'start' }}>
        <DateField label="Log from" value={from} onChange={setFrom} error={fieldErrors.from} />
        <DateField label="Log to" value={to} onChange={setTo} error={fieldErrors.to} />
        <Button variant="outlined" onClick={print} disabled={busy} sx={{ whiteSpace: 'nowrap', mt: 0.25 }}>
          Print log (PDF)
        </Button>
      </Box>
      {otherError && (
        <Alert severity="error" role="alert">
          {`Linkwork could not print the log: ${otherError}`}
        </Alert>
      )}
    </Box>
  );
}
