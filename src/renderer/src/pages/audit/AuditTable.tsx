import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { actionLabel } from '../../../../shared/domain/audit-kinds.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import type { AuditLog } from '../../stores/audit.ts';
import type { PageSize } from './auditView.ts';
import { PAGE_SIZES } from './auditView.ts';
import { ChangeDetails } from './ChangeDetails.tsx';

const en = (n: number) => n.toLocaleString('en-GB');

/** One page of entries, newest first, and the way to the others. */
export function AuditTable({
  log,
  page,
  pageSize,
  onPage,
}: {
  log: AuditLog;
  page: number;
  pageSize: PageSize;
  onPage(page: number, pageSize: PageSize): void;
}) {
  return (
    <>
      <Table size="small" aria-label="Audit log">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 140 }}>When</TableCell>
            <TableCell sx={{ width: 200 }}>Who</TableCell>
            <TableCell sx={{ width: 210 }}>Action</TableCell>
            <TableCell>What happened</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {log.entries.map((e) => (
            <TableRow key={e.id} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatUkDateTime(e.at)}</TableCell>
              <TableCell>{e.actor}</TableCell>
              <TableCell>{actionLabel(e.action)}</TableCell>
              <TableCell>
                {e.summary}
                <ChangeDetails changes={e.changes} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={log.total}
        page={page}
        rowsPerPage={pageSize}
        rowsPerPageOptions={PAGE_SIZES}
        labelRowsPerPage="Entries a page:"
        labelDisplayedRows={({ from, to, count }) => `${en(from)}–${en(to)} of ${en(count)}`}
        getItemAriaLabel={(type) => `Go to the ${type} page`}
        onPageChange={(_e, next) => onPage(next, pageSize)}
        onRowsPerPageChange={(e) => onPage(0, Number(e.target.value) as PageSize)}
      />
    </>
  );
}
