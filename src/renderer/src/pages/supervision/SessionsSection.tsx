import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { isLocked } from '../../../../shared/domain/supervision.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { href } from '../../app/router.ts';
import { PrintLog } from './PrintLog.tsx';

const signedBy = (s: SupervisionSession): string =>
  isLocked(s) ? 'By both' : s.workerSignature || s.supervisorSignature ? 'By one' : 'Not yet';

/** The worker's sessions, each to open, and their log to print over a range of dates. */
export function SessionsSection({ workerId, sessions }: { workerId: number; sessions: SupervisionSession[] }) {
  return (
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
          {sessions.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{formatUkDate(s.date)}</TableCell>
              <TableCell>{s.kind}</TableCell>
              <TableCell>{s.supervisorName}</TableCell>
              <TableCell>{signedBy(s)}</TableCell>
              <TableCell>
                <Button size="small" href={href(`supervision/${s.id}`)}>
                  Open
                </Button>
              </TableCell>
            </TableRow>
          ))}
          {sessions.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>No sessions recorded yet.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <PrintLog workerId={workerId} />
    </Paper>
  );
}
