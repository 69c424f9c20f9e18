import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ClaimLineView } from '../../../../shared/domain/claims.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { href } from '../../app/router.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';

/** One row a worker: the arithmetic, then every gap, each a click away from its fix. */
export function ClaimLinesTable(props: {
  lines: ClaimLineView[];
  frozen: boolean;
  onConfirmNwrs(workerId: number): void;
  onPayroll(line: ClaimLineView): void;
}) {
  return (
    <Table size="small" aria-label="Claim lines">
      <TableHead>
        <TableRow>
          <TableCell>Worker</TableCell>
          <TableCell align="right">Days</TableCell>
          <TableCell align="right">WTE</TableCell>
          <TableCell align="right">Cost</TableCell>
          <TableCell align="right">Cap</TableCell>
          <TableCell align="right">Claimable</TableCell>
          <TableCell sx={{ width: '38%' }}>Before claiming</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.lines.map((l) => {
          const blocked = l.blocking.length > 0 || l.problem !== null;
          return (
            <TableRow key={l.workerId} sx={{ verticalAlign: 'top' }} aria-label={l.name}>
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
                {!props.frozen && (
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
                {blocked ? <StatusBadge status="overdue" detail="Blocked" /> : formatPounds(l.claimablePence)}
              </TableCell>
              <TableCell>
                {l.problem && <Box sx={{ color: 'error.main' }}>{l.problem}</Box>}
                {l.blocking.map((f) => (
                  <Box key={f.requirementId} sx={{ mb: 0.5 }}>
                    <strong>{f.title}</strong>: {f.reason}{' '}
                    {f.requirementId === 'nwrs-monthly' ? (
                      !props.frozen && (
                        <Button size="small" onClick={() => props.onConfirmNwrs(l.workerId)}>
                          Confirm NWRS
                        </Button>
                      )
                    ) : (
                      <a
                        href={href(`staff/${l.workerId}/training?requirement=${f.requirementId}`)}
                        aria-label={`Fix ${f.title} for ${l.name}`}
                      >
                        Fix
                      </a>
                    )}
                  </Box>
                ))}
                {l.warnings.length > 0 && (
                  <Box component="details" sx={{ color: 'text.secondary', fontSize: '0.85rem' }}>
                    <summary>{`${l.warnings.length} ${l.warnings.length === 1 ? 'warning' : 'warnings'} (do not block)`}</summary>
                    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                      {l.warnings.map((w) => (
                        <li key={w.requirementId}>{`${w.title}: ${w.reason}`}</li>
                      ))}
                    </Box>
                  </Box>
                )}
                {!blocked && l.warnings.length === 0 && 'Ready'}
              </TableCell>
            </TableRow>
          );
        })}
        {props.lines.length === 0 && (
          <TableRow>
            <TableCell colSpan={7}>No ARRS-funded worker was in post this month.</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
