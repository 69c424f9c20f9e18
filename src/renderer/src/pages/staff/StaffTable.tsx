import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { formatWte, wholeTimeEquivalent } from '../../../../shared/rules/workforce.ts';
import { onOpeningLink } from '../../app/heading-focus.ts';
import { href } from '../../app/router.ts';
import { useVirtualRows } from '../../components/useVirtualRows.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import type { SortKey } from '../../../../shared/rules/staff-list.ts';
import { useStaffView } from '../../stores/staff.ts';
import { EmploymentChip } from './EmploymentChip.tsx';

const ROW_HEIGHT = 53;

const COLUMNS: { key: SortKey | null; label: string; width?: number }[] = [
  { key: 'name', label: 'Name', width: 220 },
  { key: 'role', label: 'Role', width: 230 },
  { key: 'employerName', label: 'Employer' },
  { key: 'basePracticeName', label: 'Base practice' },
  { key: 'startDate', label: 'Start date', width: 110 },
  { key: 'hoursPerWeek', label: 'WTE', width: 80 },
  { key: null, label: 'Status', width: 150 },
];

/** Only the rows in view are in the page, so thousands of workers scroll smoothly. */
export function StaffTable({ rows, today, empty }: { rows: WorkerRow[]; today: string; empty: boolean }) {
  const sort = useStaffView((s) => s.sort);
  const sortBy = useStaffView((s) => s.sortBy);
  const fullTimeHours = useOrganisationStore((s) => s.pcn?.fullTimeHours ?? 37.5);
  const { scroller, items, padTop, padBottom, measureElement } = useVirtualRows(rows.length, ROW_HEIGHT, 12);

  return (
    <TableContainer ref={scroller} sx={{ height: 'calc(100vh - 280px)', minHeight: 320 }}>
      <Table
        stickyHeader
        size="small"
        aria-label="Staff register"
        aria-rowcount={rows.length + 1}
        onClick={onOpeningLink}
      >
        <TableHead>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableCell
                key={c.label}
                sx={{ width: c.width, whiteSpace: 'nowrap' }}
                sortDirection={sort.key === c.key ? (sort.descending ? 'desc' : 'asc') : false}
              >
                {c.key ? (
                  <TableSortLabel
                    active={sort.key === c.key}
                    direction={sort.key === c.key && sort.descending ? 'desc' : 'asc'}
                    onClick={() => sortBy(c.key as SortKey)}
                  >
                    {c.label}
                  </TableSortLabel>
                ) : (
                  c.label
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {padTop > 0 && <TableRow aria-hidden style={{ height: padTop }} />}
          {items.map((item) => {
            const w = rows[item.index] as WorkerRow;
            return (
              <TableRow
                key={w.id}
                hover
                ref={measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
              >
                <TableCell>
                  <Link href={href(`staff/${w.id}`)} underline="hover" sx={{ fontWeight: 500 }}>
                    {w.name}
                  </Link>
                </TableCell>
                <TableCell>{ROLE_LABELS[w.role]}</TableCell>
                <TableCell>{w.employerName}</TableCell>
                <TableCell>{w.basePracticeName ?? '—'}</TableCell>
                <TableCell>{formatUkDate(w.startDate)}</TableCell>
                <TableCell>{formatWte(wholeTimeEquivalent(w.hoursPerWeek, fullTimeHours))}</TableCell>
                <TableCell>
                  <EmploymentChip worker={w} today={today} />
                </TableCell>
              </TableRow>
            );
          })}
          {padBottom > 0 && <TableRow aria-hidden style={{ height: padBottom }} />}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS.length}>
                {empty
                  ? 'No one is in the register yet. Add your link workers, care coordinators and health and wellbeing coaches with Add worker.'
                  : 'No workers match this search.'}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
