import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { MatrixRow } from '../../../../shared/domain/compliance.ts';
import { shownOf } from '../../../../shared/rules/filter-words.ts';
import { summariseMatrix } from '../../../../shared/rules/matrix-view.ts';

const count = (n: number) => n.toLocaleString('en-GB');
const percent = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The figures over the people shown; no percentage when no one is shown or nothing is asked of them. */
export function MatrixHeadline({ rows, total }: { rows: readonly MatrixRow[]; total: number }) {
  const summary = summariseMatrix(rows);
  return (
    <Box role="status" sx={{ display: 'flex', gap: 1, mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {rows.length > 0 &&
        (summary.percent === null ? (
          <Typography component="span" sx={{ fontWeight: 600, mr: 1 }}>
            Nothing is required of the people shown yet
          </Typography>
        ) : (
          <>
            <Typography component="span" sx={{ fontSize: '1.25rem', fontWeight: 600, mr: 1 }}>
              {`${percent(summary.percent)}% compliant`}
            </Typography>
            <Chip label={`${count(summary.overdue)} overdue or expired`} color="error" variant="outlined" />
            <Chip label={`${count(summary.dueSoon)} due or expiring soon`} color="warning" variant="outlined" />
          </>
        ))}
      <Typography component="span" color="text.secondary" sx={{ ml: 'auto' }}>
        {`${shownOf(rows.length, total, 'person', 'people')} shown`}
      </Typography>
    </Box>
  );
}
