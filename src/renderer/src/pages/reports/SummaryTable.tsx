import Box from '@mui/material/Box';
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
import { downloadPracticePack } from '../../stores/packs.ts';
import { downloadEmployerPdf, downloadPracticePdf } from '../../stores/reports.ts';
import { EvidencePackButton } from '../packs/EvidencePackButton.tsx';
import { count, percentText } from './figures.ts';

/** Each practice or employer on one line: people, % compliant, what is overdue and coming due, and its PDF. */
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
            <TableCell component="th" scope="col">
              {byPractice ? 'CQC inspection folder' : 'Report'}
            </TableCell>
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
              <TableCell>
                {g.id !== null && (
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                    <PdfButton id={g.id} name={g.name} byPractice={byPractice} />
                    {byPractice && g.headcount > 0 && <PracticePackButton id={g.id} name={g.name} />}
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** A practice's PDF for its CQC inspection folder, or an employer's PDF of the people it employs. */
function PdfButton({ id, name, byPractice }: { id: number; name: string; byPractice: boolean }) {
  const label = byPractice ? 'PDF for CQC' : 'Download PDF';
  return (
    <Button
      size="small"
      variant="outlined"
      aria-label={`${label}: ${name}`}
      onClick={() =>
        attempt(`download the PDF for ${name}`, () => (byPractice ? downloadPracticePdf(id) : downloadEmployerPdf(id)))
      }
    >
      {label}
    </Button>
  );
}

/** Everything for the inspection folder in one zip: the practice's summary and each person's pack. */
function PracticePackButton({ id, name }: { id: number; name: string }) {
  return (
    <EvidencePackButton
      size="small"
      variant="outlined"
      name={name}
      label="Evidence pack (zip)"
      download={() => downloadPracticePack(id)}
    />
  );
}
