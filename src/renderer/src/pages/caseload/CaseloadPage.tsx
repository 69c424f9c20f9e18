import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CaseloadOverview } from '../../../../shared/domain/caseload.ts';
import { formatWte } from '../../../../shared/rules/workforce.ts';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { caseloadOverview } from '../../stores/caseload.ts';
import { CaseloadImportButton } from './CaseloadImportButton.tsx';
import { NormBadge } from './NormBadge.tsx';
import { contactsNormWords, contactsPerPersonText, expectedWords, windowWords } from './figureWords.ts';

/** The lead's view: every link worker's last 12 months side by side, against the norms. */
export function CaseloadPage() {
  const state = caseloadOverview.use(null);
  return (
    <>
      <PageHeader
        title="Caseload"
        subtitle="People supported and contacts per person over the last 12 complete months, against the norm"
        actions={<CaseloadImportButton />}
      />
      <PageState state={state} what="the caseload figures" retry={() => void caseloadOverview.load(null)}>
        {(overview) => <Overview overview={overview} />}
      </PageState>
    </>
  );
}

function Overview({ overview }: { overview: CaseloadOverview }) {
  const { rows, thresholds } = overview;
  if (rows.length === 0)
    return (
      <Alert severity="info" role="note">
        No social prescribing link workers are in post. Add them to the staff register to keep their caseload.
      </Alert>
    );
  const window = rows[0] ? windowWords(rows[0].figures) : '';
  return (
    <Paper component="section" aria-label="Caseload by link worker" sx={{ p: 2 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {window}. People supported are those supported at the start plus new referrals accepted. The norm of{' '}
        {thresholds.peoplePerYearMin}–{thresholds.peoplePerYearMax} people a year is pro-rated to the months in post and
        hours worked; {thresholds.contactsPerPersonMin}–{thresholds.contactsPerPersonMax} contacts per person. The lead
        sets the norms in <Link href={href('settings')}>Settings</Link>.
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Caseload by link worker">
          <TableHead>
            <TableRow>
              <TableCell>Link worker</TableCell>
              <TableCell align="right">WTE</TableCell>
              <TableCell>Months recorded</TableCell>
              <TableCell align="right">People supported</TableCell>
              <TableCell>Against the norm</TableCell>
              <TableCell align="right">Contacts per person</TableCell>
              <TableCell>Against the norm</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.workerId} aria-label={r.name}>
                <TableCell component="th" scope="row">
                  <Link href={href(`staff/${r.workerId}/caseload`)}>{r.name}</Link>
                </TableCell>
                <TableCell align="right">{formatWte(r.wte)}</TableCell>
                <TableCell>
                  {r.figures.monthsRecorded} of {r.figures.monthsInPost}
                </TableCell>
                <TableCell align="right">{r.figures.peopleSupported}</TableCell>
                <TableCell>
                  <NormBadge flag={r.figures.peopleFlag} detail={expectedWords(r.figures)} />
                </TableCell>
                <TableCell align="right">{contactsPerPersonText(r.figures)}</TableCell>
                <TableCell>
                  <NormBadge flag={r.figures.contactsFlag} detail={contactsNormWords(thresholds)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
