import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { daysBetween } from '../../../../shared/rules/dates.ts';
import { daysAway } from '../../../../shared/rules/words.ts';
import { href } from '../../app/router.ts';
import { Failed } from '../../components/PageState.tsx';
import { useAppStore } from '../../stores/app.ts';
import { claimReadiness } from '../../stores/claims.ts';
import type { Loadable } from '../../stores/loadable.ts';
import { monthName } from './months.ts';
import { retryCurrentClaimMonth, useCurrentClaimMonth } from './useCurrentClaimMonth.ts';

const WHAT = "this month's ARRS claim";

/** Before the claim: days left and how many lines are blocked, one click from the fixes. */
export function ClaimBanner() {
  const month = useCurrentClaimMonth();
  if (month.status === 'ready') return <Readiness month={month.data} />;
  return <BannerState state={month} retry={retryCurrentClaimMonth} />;
}

function Readiness({ month }: { month: string }) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const state = claimReadiness.use(month);
  if (state.status !== 'ready') return <BannerState state={state} retry={() => void claimReadiness.load(month)} />;
  const view = state.data;
  if (view.frozen) return null; // Submitted: nothing left to prepare.
  const days = daysBetween(today, view.claimDueOn);
  return (
    <Alert
      severity={view.blockedLines > 0 ? 'warning' : 'success'}
      role="note"
      sx={{ mb: 2 }}
      action={<Button href={href(`claims?month=${month}`)}>Review the claim</Button>}
    >
      {`The ${monthName(month)} ARRS claim ${days < 0 ? 'was' : 'is'} due ${daysAway(days)}. ${view.blockedLines} of ${view.lines} lines are blocked.`}
    </Alert>
  );
}

/** A banner is a small part of the page: a quiet line while it loads, the reason and a Retry if it cannot. */
function BannerState({ state, retry }: { state: Exclude<Loadable<unknown>, { status: 'ready' }>; retry(): void }) {
  if (state.status === 'loading')
    return (
      <Alert severity="info" role="status" sx={{ mb: 2 }}>
        {`Checking ${WHAT}…`}
      </Alert>
    );
  const message = state.status === 'failed' ? state.error.message : state.message;
  return (
    <Box sx={{ mb: 2 }}>
      <Failed what={WHAT} message={message} retry={retry} />
    </Box>
  );
}
