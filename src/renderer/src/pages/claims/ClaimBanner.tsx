import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useEffect, useState } from 'react';
import type { ClaimReadiness } from '../../../../shared/domain/claims.ts';
import { daysBetween } from '../../../../shared/rules/dates.ts';
import { call } from '../../api/client.ts';
import { href } from '../../app/router.ts';
import { useAppStore } from '../../stores/app.ts';
import { currentClaimMonth, monthName } from './months.ts';

/** Before the claim: days left and how many lines are blocked, one click from the fixes. */
export function ClaimBanner() {
  const today = useAppStore((s) => s.status?.today ?? '');
  const [view, setView] = useState<ClaimReadiness | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  useEffect(() => {
    if (!today) return;
    void call('settings.get', {}).then(async (settings) => {
      const m = currentClaimMonth(today, settings.claimDayOfMonth);
      setMonth(m);
      setView(await call('claim.readiness', { month: m }));
    });
  }, [today]);
  if (!view || !month || view.frozen) return null;
  const days = daysBetween(today, view.claimDueOn);
  return (
    <Alert
      severity={view.blockedLines > 0 ? 'warning' : 'success'}
      role="note"
      sx={{ mb: 2 }}
      action={<Button href={href(`claims?month=${month}`)}>Review the claim</Button>}
    >
      {`The ${monthName(month)} ARRS claim is due in ${days} days. ${view.blockedLines} of ${view.lines} lines are blocked.`}
    </Alert>
  );
}
