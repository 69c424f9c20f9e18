import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ClaimLineView } from '../../../../shared/domain/claims.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { lineStanding, onlyAwaitsNwrs } from '../../../../shared/rules/claim-decisions.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { hoursInWords } from '../../../../shared/rules/record-history.ts';
import { trainingTimeOnLine } from '../../../../shared/rules/training-time.ts';
import { href } from '../../app/router.ts';
import { useVirtualRows } from '../../components/useVirtualRows.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import type { LineActions } from './LineGaps.tsx';
import { LineGaps } from './LineGaps.tsx';

/** What the line claims: its amount, or why it claims nothing this month. */
function Standing({ line }: { line: ClaimLineView }) {
  switch (lineStanding(line)) {
    case 'ready':
      return formatPounds(line.claimablePence);
    case 'overridden':
      return (
        <>
          {formatPounds(line.claimablePence)}
          <Typography variant="caption" sx={{ display: 'block', color: 'warning.dark' }}>
            Overridden
          </Typography>
        </>
      );
    case 'excluded':
      return <StatusBadge status="not_required" label="Excluded" detail="from this month" />;
    case 'blocked':
      return onlyAwaitsNwrs(line) ? (
        <StatusBadge status="due" label="Awaiting NWRS confirmation" />
      ) : (
        <StatusBadge status="overdue" label="Blocked" />
      );
  }
}

/** The month's reimbursable training time and what it cost: part of the line's cost, so it changes nothing claimed. */
function TrainingTimeCell({ line }: { line: ClaimLineView }) {
  const t = line.trainingTime;
  if (!t || t.hours === 0) return <Typography variant="body2">{trainingTimeOnLine(t)}</Typography>;
  return (
    <>
      {hoursInWords(t.hours)}
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
        {formatPounds(t.costPence)} of the cost
      </Typography>
    </>
  );
}

/** A line with a flag or two; rows are measured once drawn, as their flags make them taller or shorter. */
const ESTIMATED_ROW_HEIGHT = 120;

/**
 * One row a worker: the arithmetic, then every gap, each a click away from its fix. Only the rows in view
 * are in the page, so an integrated care system's 4,500 lines open at once.
 */
export function ClaimLinesTable(props: {
  lines: ClaimLineView[];
  actions: LineActions;
  onPayroll(line: ClaimLineView): void;
}) {
  const { scroller, items, padTop, padBottom, measureElement } = useVirtualRows(
    props.lines.length,
    ESTIMATED_ROW_HEIGHT,
    6,
  );

  return (
    <TableContainer ref={scroller} sx={{ maxHeight: 'calc(100vh - 140px)', minHeight: 240 }}>
      <Table stickyHeader size="small" aria-label="Claim lines" aria-rowcount={props.lines.length + 1}>
        <TableHead>
          <TableRow>
            <TableCell>Worker</TableCell>
            <TableCell align="right">Days</TableCell>
            <TableCell align="right">WTE</TableCell>
            <TableCell align="right">Cost</TableCell>
            <TableCell align="right">Cap</TableCell>
            <TableCell align="right">Claimable</TableCell>
            <TableCell align="right">Level 3 training</TableCell>
            <TableCell sx={{ width: '38%' }}>Before claiming</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {padTop > 0 && <TableRow aria-hidden style={{ height: padTop }} />}
          {items.map((item) => {
            const l = props.lines[item.index] as ClaimLineView;
            return (
              <TableRow
                key={l.workerId}
                ref={measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                sx={{ verticalAlign: 'top' }}
                aria-label={l.name}
              >
                <TableCell>
                  <a href={href(`staff/${l.workerId}/training`)}>{l.name}</a>
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {ROLE_LABELS[l.role]}
                    {l.subcontracted ? ' · sub-contracted' : ''}
                  </Typography>
                </TableCell>
                <TableCell align="right">{`${l.daysInPost}/${l.daysInMonth}`}</TableCell>
                <TableCell align="right">{l.wte.toFixed(2)}</TableCell>
                <TableCell align="right">
                  {formatPounds(l.costPence + l.contributionPence)}
                  {!props.actions.frozen && (
                    <Button
                      size="small"
                      sx={{ display: 'block', ml: 'auto' }}
                      onClick={() => props.onPayroll(l)}
                      aria-label={`Actual payroll for ${l.name}`}
                    >
                      Payroll
                    </Button>
                  )}
                </TableCell>
                <TableCell align="right">{formatPounds(l.capPence)}</TableCell>
                <TableCell align="right">
                  <Standing line={l} />
                </TableCell>
                <TableCell align="right">
                  <TrainingTimeCell line={l} />
                </TableCell>
                <TableCell>
                  <LineGaps line={l} actions={props.actions} />
                </TableCell>
              </TableRow>
            );
          })}
          {padBottom > 0 && <TableRow aria-hidden style={{ height: padBottom }} />}
          {props.lines.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>
                No line matches: clear the search, or no ARRS-funded worker was in post.
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
