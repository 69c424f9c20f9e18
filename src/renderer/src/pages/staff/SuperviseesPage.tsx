import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useAppStore } from '../../stores/app.ts';
import { staffList } from '../../stores/staff.ts';
import { useRolesWithFramework } from '../competencies/useHasFramework.ts';
import { EmploymentChip } from './EmploymentChip.tsx';

/** A supervisor's home in team mode: the people who name them as supervisor, and the way into each one's page. */
export function SuperviseesPage() {
  const { supervisees, selfId } = useAbilities();
  const today = useAppStore((s) => s.status?.today ?? '');
  const state = staffList.use(null);

  return (
    <>
      <PageHeader
        title="My supervisees"
        subtitle="The people who name you as their supervisor: their training, induction, supervision and competencies"
        actions={selfId !== null && <Button href={href(`staff/${selfId}`)}>My own page</Button>}
      />
      <PageState state={state} what="your supervisees" retry={() => void staffList.load(null)}>
        {(workers) => <SuperviseeTable rows={workers.filter((w) => supervisees.has(w.id))} today={today} />}
      </PageState>
    </>
  );
}

function SuperviseeTable({ rows, today }: { rows: WorkerRow[]; today: string }) {
  const assessed = useRolesWithFramework();
  return (
    <Paper sx={{ p: 2 }}>
      <Table size="small" aria-label="My supervisees">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Base practice</TableCell>
            <TableCell>Start date</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Go to</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((w) => (
            <TableRow key={w.id} hover>
              <TableCell>
                <Link href={href(`staff/${w.id}`)} underline="hover" sx={{ fontWeight: 500 }}>
                  {w.name}
                </Link>
              </TableCell>
              <TableCell>{ROLE_LABELS[w.role]}</TableCell>
              <TableCell>{w.basePracticeName ?? '—'}</TableCell>
              <TableCell>{formatUkDate(w.startDate)}</TableCell>
              <TableCell>
                <EmploymentChip worker={w} today={today} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link href={href(`staff/${w.id}/supervision`)} aria-label={`Supervision for ${w.name}`} sx={{ mr: 2 }}>
                  Supervision
                </Link>
                {assessed.has(w.role) && (
                  <Link href={href(`staff/${w.id}/competencies`)} aria-label={`Competencies for ${w.name}`}>
                    Competencies
                  </Link>
                )}
              </TableCell>
            </TableRow>
          ))}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>
                No one names you as their supervisor yet. The PCN workforce lead sets each worker&apos;s named
                supervisor on their page.
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Paper>
  );
}
