import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { CpdSuggestion } from '../../../../shared/domain/cpd.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { attempt } from '../../stores/notices.ts';
import { logCpdSuggestion } from '../../stores/cpd.ts';

const weekday = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

/** "National social prescribing webinar, Wednesday 11/11/2026 13:00–14:30 — Log it": one click logs it. */
export function CpdSuggestionCard({ workerId, suggestion }: { workerId: number; suggestion: CpdSuggestion }) {
  const when = `${weekday(suggestion.date)} ${formatUkDate(suggestion.date)} ${suggestion.start}–${suggestion.end}`;
  return (
    // A suggestion, not news: a status, so it is not read out as an alarm whenever the page opens.
    <Alert
      role="status"
      severity="info"
      action={
        <Button
          color="inherit"
          size="small"
          aria-label={`Log it: the ${suggestion.title} of ${formatUkDate(suggestion.date)}`}
          onClick={() => attempt('log the webinar', () => logCpdSuggestion(workerId, suggestion.eventKey))}
        >
          Log it
        </Button>
      }
    >
      {suggestion.title} ({suggestion.organiser}), {when}. Did you attend?
    </Alert>
  );
}
