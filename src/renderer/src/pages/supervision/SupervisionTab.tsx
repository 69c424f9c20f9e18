import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import type { SupervisionOverview } from '../../../../shared/api/methods/supervision.ts';
import { isLocked } from '../../../../shared/domain/supervision.ts';
import { addDays, formatUkDate } from '../../../../shared/rules/dates.ts';
import { call } from '../../api/client.ts';
import { saveFile } from '../../api/download.ts';
import { href } from '../../app/router.ts';
import { DateField, dateText, toIsoOrText } from '../../components/DateField.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { OpenActionsTable } from './OpenActionsTable.tsx';

/** A worker's supervision: cadence against what is expected, the sessions, open actions and the printable log. */
export function SupervisionTab({ workerId }: { workerId: number }) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const [overview, setOverview] = useState<SupervisionOverview | null>(null);
  const [from, setFrom] = useState(dateText(addDays(today, -365)));
  const [to, setTo] = useState(dateText(today));
  const log = useSubmit();
  const reload = useCallback(async () => setOverview(await call('supervision.forWorker', { workerId })), [workerId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  if (!overview) return null;

  const printLog = () =>
    void log.submit(async () => {
      const file = await call('supervision.logPdf', {
        workerId,
        from: toIsoOrText(from) ?? '',
        to: toIsoOrText(to) ?? '',
      });
      saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
    });

  return (
    <>
      <Paper component="section" aria-label="Cadence" sx={{ p: 2, mb: 3 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h2" sx={{ flexGrow: 1 }}>
            Cadence
          </Typography>
          <Button variant="contained" href={href(`supervision/new?worker=${workerId}`)}>
            Record a session
          </Button>
        </Box>
        {overview.cadence.length === 0 && (
          <Typography>No supervision is expected for this role (Settings → Requirements).</Typography>
        )}
        {overview.cadence.map((c) => (
          <Box key={c.requirement.id} sx={{ display: 'flex', gap: 2, alignItems: 'center', py: 1 }}>
            <StatusBadge status={c.status.status} />
            <Box>
              <strong>{c.requirement.title}</strong>
              <Typography variant="body2" color="text.secondary">
                {c.status.reason}
              </Typography>
            </Box>
          </Box>
        ))}
      </Paper>
      <Paper component="section" aria-label="Sessions" sx={{ p: 2, mb: 3 }}>
        <Typography variant="h2" gutterBottom>
          Sessions
        </Typography>
        <Table size="small" aria-label="Supervision sessions">
          <TableHead>
            <TableRow>
              <TableCell>Date</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell>Supervisor</TableCell>
              <TableCell>Signed</TableCell>
              <TableCell aria-label="Open" />
            </TableRow>
          </TableHead>
          <TableBody>
            {overview.sessions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{formatUkDate(s.date)}</TableCell>
                <TableCell>{s.kind}</TableCell>
                <TableCell>{s.supervisorName}</TableCell>
                <TableCell>
                  {isLocked(s) ? 'By both' : s.workerSignature || s.supervisorSignature ? 'By one' : 'Not yet'}
                </TableCell>
                <TableCell>
                  <Button size="small" href={href(`supervision/${s.id}`)}>
                    Open
                  </Button>
                </TableCell>
              </TableRow>
            ))}
            {overview.sessions.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>No sessions recorded yet.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'start', mt: 2, maxWidth: 640 }}>
          <DateField label="Log from" value={from} onChange={setFrom} error={log.fieldErrors.from} />
          <DateField label="Log to" value={to} onChange={setTo} error={log.fieldErrors.to} />
          <Button variant="outlined" onClick={printLog} disabled={log.busy} sx={{ whiteSpace: 'nowrap', mt: 0.25 }}>
            Print log (PDF)
          </Button>
        </Box>
      </Paper>
      <Paper component="section" aria-label="Open actions" sx={{ p: 2 }}>
        <Typography variant="h2" gutterBottom>
          Open actions
        </Typography>
        <OpenActionsTable
          actions={overview.openActions}
          showWorker={false}
          onDone={(id) => void call('supervision.setActionStatus', { actionId: id, status: 'done' }).then(reload)}
        />
      </Paper>
    </>
  );
}
