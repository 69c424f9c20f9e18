import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SuperviseeSummary } from '../../../../shared/domain/home.ts';
import { formatUkDate, formatUkDayOf } from '../../../../shared/rules/dates.ts';
import { href } from '../../app/router.ts';
import { PageState } from '../../components/PageState.tsx';
import { supervisorHome } from '../../stores/home.ts';
import { HomeCard } from './HomeCard.tsx';

/** A supervisor's people: each one's next session due, sessions to sign and assessments to review. */
export function SupervisorHome({ colleagueId }: { colleagueId: number | null }) {
  const state = supervisorHome.use(colleagueId);
  return (
    <PageState state={state} what="your supervisees" retry={() => void supervisorHome.load(colleagueId)}>
      {(home) => {
        const whose =
          colleagueId === null ? 'My supervisees' : `Supervisees of ${home.supervisor?.name ?? 'this supervisor'}`;
        return (
          <HomeCard title={whose} wide>
            {home.supervisees.length === 0 ? (
              <Typography>
                {`No one names ${colleagueId === null ? 'you' : (home.supervisor?.name ?? 'this supervisor')} as their supervisor yet. The PCN workforce lead sets each worker's named supervisor on their page.`}
              </Typography>
            ) : (
              <SuperviseeTable whose={whose} rows={home.supervisees} />
            )}
          </HomeCard>
        );
      }}
    </PageState>
  );
}

/** `whose` names the table by whose supervisees they are: the lead may be looking at someone else's. */
function SuperviseeTable({ whose, rows }: { whose: string; rows: readonly SuperviseeSummary[] }) {
  return (
    <Table size="small" aria-label={`${whose}: next session due, sessions to sign, assessments to review`}>
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Next session due</TableCell>
          <TableCell>Sessions to sign</TableCell>
          <TableCell>Assessments to review</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((s) => (
          <TableRow key={s.id}>
            <TableCell>
              <Link href={href(`staff/${s.id}`)} underline="hover" sx={{ fontWeight: 500 }}>
                {s.name}
              </Link>
            </TableCell>
            <TableCell>
              {s.nextSessionDue ? (
                <Link href={href(`staff/${s.id}/supervision`)}>{formatUkDate(s.nextSessionDue)}</Link>
              ) : (
                'Not required'
              )}
              {s.sessionOverdue && <Chip size="small" color="error" label="Overdue" sx={{ ml: 1 }} />}
            </TableCell>
            <TableCell>
              {s.sessionsToSign.length === 0
                ? 'None'
                : s.sessionsToSign.map((session) => (
                    <Link key={session.id} href={href(`supervision/${session.id}`)} sx={{ display: 'block' }}>
                      {`Session of ${formatUkDate(session.date)}`}
                    </Link>
                  ))}
            </TableCell>
            <TableCell>
              {s.assessmentsToReview.length === 0
                ? 'None'
                : s.assessmentsToReview.map((a) => (
                    <Link key={a.id} href={href(`assessments/${a.id}`)} sx={{ display: 'block' }}>
                      {a.submittedAt ? `Submitted ${formatUkDayOf(a.submittedAt)}` : 'Submitted'}
                    </Link>
                  ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
