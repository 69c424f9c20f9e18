import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ComplianceReport } from '../../../../shared/domain/reports.ts';
import { REPORT_GROUPING_LABELS } from '../../../../shared/domain/reports.ts';
import { attempt } from '../../stores/notices.ts';
import { downloadPracticePdf } from '../../stores/reports.ts';
import { count, percentText } from './figures.ts';

/** Each practice or employer on one line: people, % compliant, what is overdue and coming due, and (practices) its PDF. */
export function SummaryTable({ report }: { report: ComplianceReport }) {
  const byPractice = report.by === 'practice';
  const heading = REPORT_GROUPING_LABELS[report.by];
  return (
    <TableContainer>
      <Table size="small" aria-label={`Compliance by ${heading.toLowerCase()}`}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {heading}
            </TableCell>
            {byPractice && (
              <TableCell component="th" scope="col">
                ODS code
              </TableCell>
            )}
            <TableCell component="th" scope="col" align="right">
              People
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              % compliant
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Items overdue or expired
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Items due or expiring soon
            </TableCell>
            {byPractice && (
              <TableCell component="th" scope="col">
                CQC inspection folder
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {report.groups.map((g) => (
            <TableRow key={g.id ?? 'none'}>
              <TableCell component="th" scope="row">
                {g.name}
              </TableCell>
              {byPractice && <TableCell>{g.odsCode ?? '—'}</TableCell>}
              <TableCell align="right">{count(g.headcount)}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {percentText(g.percent)}
              </TableCell>
              <TableCell align="right" sx={g.overdue > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}>
                {count(g.overdue)}
              </TableCell>
              <TableCell align="right">{count(g.dueSoon)}</TableCell>
              {byPractice && <TableCell>{g.id !== null && <PdfButton practiceId={g.id} name={g.name} />}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function PdfButton({ practiceId, name }: { practiceId: number; name: string }) {
  return (
    <Button
      size="small"
      variant="outlined"
      aria-label={`PDF for CQC: ${name}`}
      onClick={() => attempt(`download the PDF for ${name}`, () => downloadPracticePdf(practiceId))}
    >
      PDF for CQC
    </Button>
  );
}
