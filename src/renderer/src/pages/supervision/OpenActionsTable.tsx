import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { OpenAction } from '../../../../shared/domain/supervision.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href } from '../../app/router.ts';
import { attempt } from '../../stores/notices.ts';
import { markActionDone } from '../../stores/supervision.ts';

export function OpenActionsTable(props: { actions: OpenAction[]; showWorker: boolean }) {
  const { mayChange } = useAbilities();
  return (
    <Table size="small" aria-label="Open supervision actions">
      <TableHead>
        <TableRow>
          {props.showWorker && <TableCell>Worker</TableCell>}
          <TableCell>Action</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>Due</TableCell>
          <TableCell>From the session of</TableCell>
          <TableCell aria-label="Actions" />
        </TableRow>
      </TableHead>
      <TableBody>
        {props.actions.map((a) => (
          <TableRow key={a.id}>
            {props.showWorker && (
              <TableCell>
                <a href={href(`staff/${a.workerId}/supervision`)}>{a.workerName}</a>
              </TableCell>
            )}
            <TableCell>{a.description}</TableCell>
            <TableCell>{a.owner}</TableCell>
            <TableCell>
              {formatUkDate(a.dueDate)}{' '}
              {a.overdue && <Chip size="small" color="error" variant="outlined" label="Overdue" />}
            </TableCell>
            <TableCell>
              <a href={href(`supervision/${a.sessionId}`)}>{formatUkDate(a.sessionDate)}</a>
            </TableCell>
            <TableCell>
              {mayChange(a.workerId, { supervisor: true, self: true }) && (
                <Button
                  size="small"
                  onClick={() => attempt(`mark "${a.description}" as done`, () => markActionDone(a.id))}
                  aria-label={`Mark done: ${a.description}`}
                >
                  Mark done
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
        {props.actions.length === 0 && (
          <TableRow>
            <TableCell colSpan={6}>No open actions.</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
