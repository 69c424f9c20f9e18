import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ClaimMonth } from '../../../../shared/domain/claims.ts';
import { shownOf } from '../../../../shared/rules/filter-words.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { Failed } from '../../components/PageState.tsx';
import { pcnPosition } from '../../stores/claims.ts';

/**
 * The month's total and blocked lines, then the year's position. The year needs every earlier month worked
 * out, so it is asked for apart, once the month is on screen, and fills in when it comes.
 */
export function ClaimFigures({ month, data }: { month: string; data: ClaimMonth }) {
  const state = pcnPosition.use(month);
  const position = state.status === 'ready' ? state.data : null;
  const pending = state.status === 'loading' ? 'Working out…' : '—';
  const figures = [
    ['Claimable this month', formatPounds(data.totalPence)],
    ['Blocked lines', shownOf(data.blockedLines, data.lines.length, 'line')],
    ['Year to date', position ? formatPounds(position.yearToDatePence) : pending],
    ['Projection to 31 March', position ? formatPounds(position.projectionPence) : pending],
    [
      'ARRS sum',
      !position ? pending : position.arrsSumPence === null ? 'Not set' : formatPounds(position.arrsSumPence),
    ],
  ];
  return (
    <>
      <Box
        role="status"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' }, gap: 2, mt: 2 }}
      >
        {figures.map(([label, value]) => (
          <Box key={label}>
            <Typography variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography sx={{ fontSize: '1.3rem', fontWeight: 600 }}>{value}</Typography>
          </Box>
        ))}
      </Box>
      {(state.status === 'failed' || state.status === 'notFound') && (
        <Box sx={{ mt: 2 }}>
          <Failed
            what="the year's position"
            message={state.status === 'failed' ? state.error.message : state.message}
            retry={() => void pcnPosition.load(month)}
          />
        </Box>
      )}
      {position?.warning && (
        <Alert severity="warning" role="note" sx={{ mt: 2 }}>
          {position.warning}
        </Alert>
      )}
    </>
  );
}
