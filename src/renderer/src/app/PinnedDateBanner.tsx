import Alert from '@mui/material/Alert';
import { formatUkDate } from '../../../shared/rules/dates.ts';
import { useAppStore } from '../stores/app.ts';

/** While "today" is fixed at launch (`--today`), every page says so: due dates and claims follow that day. */
export function PinnedDateBanner() {
  const today = useAppStore((s) => (s.status?.todayPinned ? s.status.today : null));
  if (!today) return null;
  return (
    <Alert severity="warning" role="status" aria-label="Pinned date" sx={{ mb: 2 }}>
      {`Linkwork is treating ${formatUkDate(today)} as today: it was started with --today, so due dates, statuses and claims are worked out as on that day.`}
    </Alert>
  );
}
