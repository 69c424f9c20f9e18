import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { IntegrityReport } from '../../../../shared/domain/audit.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { LeadOnly } from '../../components/LeadOnly.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useIntegrityStore } from '../../stores/integrity.ts';

/** "Check integrity": the audit log's chain and every signed or submitted record, checked now, with the result. */
export function IntegrityPanel() {
  const check = useIntegrityStore((s) => s.check);
  const run = useIntegrityStore((s) => s.run);
  return (
    <LeadOnly>
      <Paper component="section" aria-labelledby="integrity-heading" sx={{ p: 2, mb: 2 }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography id="integrity-heading" variant="h2">
              Integrity
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 0.5 }}>
              Checks that every audit entry is as Linkwork wrote it, none is missing, and every signed or submitted
              record is as it was when it was locked.
            </Typography>
          </Box>
          <Button variant="outlined" onClick={() => void run()} disabled={check?.status === 'loading'}>
            Check integrity
          </Button>
        </Box>
        {check && (
          <Box sx={{ mt: 2 }}>
            <PageState state={check} what="the integrity check" retry={() => void run()}>
              {(report) => <IntegrityResult report={report} />}
            </PageState>
          </Box>
        )}
      </Paper>
    </LeadOnly>
  );
}

function IntegrityResult({ report }: { report: IntegrityReport }) {
  const checked = `Checked ${formatUkDateTime(report.checkedAt)}.`;
  if (report.findings.length === 0)
    return (
      <Alert severity="success" role="status">
        {`All ${countOf(report.entries, 'entry', 'entries')} and ${countOf(report.lockedRecords, 'locked record', 'locked records')} check out. ${checked}`}
      </Alert>
    );
  return (
    <Alert severity="error" role="status">
      <AlertTitle>{`Linkwork found ${countOf(report.findings.length, 'problem', 'problems')}`}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {report.findings.map((f) => (
          <li key={f.message}>{f.message}</li>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {`A change made outside Linkwork comes from editing the data file itself. Keep a copy of the file as it is now and tell whoever looks after it. ${checked}`}
      </Typography>
    </Alert>
  );
}
