import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Profile } from '../../../../shared/domain/competencies.ts';
import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/domain/competencies.ts';
import { formatUkDayOf } from '../../../../shared/rules/dates.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href, navigate } from '../../app/router.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { startAssessment } from '../../stores/competencies.ts';

const day = (iso: string | null) => (iso ? formatUkDayOf(iso) : '—');

/** The worker's assessments, with the way into the open one or a new one. */
export function AssessmentList({ workerId, assessments }: { workerId: number; assessments: Profile['assessments'] }) {
  const start = useSubmit();
  const open = assessments.find((a) => a.status !== 'signed');
  const { mayChange } = useAbilities();
  // The worker rates and submits; the supervisor reviews and signs; the lead may do either (as on one computer).
  const rates = mayChange(workerId, { supervisor: false, self: true });
  const reviews = mayChange(workerId, { supervisor: true, self: false });
  const openLabel =
    open?.status === 'draft'
      ? rates
        ? 'Continue self-assessment'
        : 'Open the draft'
      : reviews
        ? 'Review and sign'
        : 'Open the submitted assessment';
  return (
    <Paper component="section" aria-label="Assessments" sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" sx={{ flexGrow: 1 }}>
          Assessments
        </Typography>
        {open ? (
          <Button variant="contained" href={href(`assessments/${open.id}`)}>
            {openLabel}
          </Button>
        ) : (
          mayChange(workerId, { supervisor: true, self: true }) && (
            <Button
              variant="contained"
              disabled={start.busy}
              onClick={() => void start.submit(async () => navigate(`assessments/${await startAssessment(workerId)}`))}
            >
              Start self-assessment
            </Button>
          )
        )}
      </Box>
      {start.formError && <Alert severity="error">{start.formError}</Alert>}
      <Table size="small" aria-label="Assessments">
        <TableHead>
          <TableRow>
            <TableCell>Started</TableCell>
            <TableCell>Kind</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Signed</TableCell>
            <TableCell aria-label="Open" />
          </TableRow>
        </TableHead>
        <TableBody>
          {assessments.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{day(a.createdAt)}</TableCell>
              <TableCell>{a.kind === 'baseline' ? 'Baseline' : 'Annual'}</TableCell>
              <TableCell>{ASSESSMENT_STATUS_LABELS[a.status]}</TableCell>
              <TableCell>{a.signedAt ? `${day(a.signedAt)} by ${a.signedBy}` : '—'}</TableCell>
              <TableCell>
                <Button size="small" href={href(`assessments/${a.id}`)}>
                  Open
                </Button>
              </TableCell>
            </TableRow>
          ))}
          {assessments.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>No assessments yet.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Paper>
  );
}
