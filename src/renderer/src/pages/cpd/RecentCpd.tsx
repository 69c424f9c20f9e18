import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { addMonths, formatUkDate } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { cpdLog } from '../../stores/cpd.ts';
import { dataOf } from '../../stores/loadable.ts';

/** The person's CPD of the month up to a supervision session's date, read-only, beside the session being written. */
export function RecentCpd({ workerId, sessionDate }: { workerId: number; sessionDate: string }) {
  const log = dataOf(cpdLog.use(workerId));
  if (!log || sessionDate === '') return null;
  const since = addMonths(sessionDate, -1);
  const recent = log.entries.filter((e) => e.date > since && e.date <= sessionDate);
  const kindLabel = new Map(log.kinds.map((k) => [k.id, k.label]));
  return (
    <Paper component="section" aria-labelledby="recent-cpd-heading" variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Typography variant="h3" id="recent-cpd-heading" sx={{ fontSize: '1rem', fontWeight: 600 }} gutterBottom>
        CPD in the month to {formatUkDate(sessionDate)} ({countOf(recent.length, 'entry', 'entries')})
      </Typography>
      {recent.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Nothing logged since {formatUkDate(since)}.
        </Typography>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {recent.map((e) => (
            <li key={e.id}>
              <Typography variant="body2">
                {formatUkDate(e.date)}: {e.title} · {kindLabel.get(e.kind) ?? e.kind} · {countOf(e.hours, 'hour')}
                {e.learned && ` — ${e.learned}`}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}
