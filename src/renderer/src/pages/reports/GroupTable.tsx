import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ComplianceGroup } from '../../../../shared/domain/reports.ts';
import { percentText } from './figures.ts';

const COUNTS = [
  { key: 'required', label: 'Required' },
  { key: 'current', label: 'Current' },
  { key: 'dueSoon', label: 'Due or expiring soon' },
  { key: 'overdue', label: 'Overdue or expired' },
  { key: 'exempt', label: 'Exempt' },
] as const;

/** A group's requirements against its people: counts and the % compliant, each requirement a row. */
export function GroupTable({ group }: { group: ComplianceGroup }) {
  return (
    <TableContainer>
      <Table size="small" aria-label={`${group.name}: compliance by requirement`}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Requirement
            </TableCell>
            {COUNTS.map((c) => (
              <TableCell key={c.key} component="th" scope="col" align="right">
                {c.label}
              </TableCell>
            ))}
            <TableCell component="th" scope="col" align="right">
              % compliant
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {group.requirements.map((r) => (
            <TableRow key={r.columnId}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 'normal' }}>
                {r.title}
              </TableCell>
              {COUNTS.map((c) => (
                <TableCell
                  key={c.key}
                  align="right"
                  sx={c.key === 'overdue' && r.overdue > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}
                >
                  {r[c.key].toLocaleString('en-GB')}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {percentText(r.percent)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
