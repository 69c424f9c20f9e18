import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { daysBetween } from '../../../../shared/rules/dates.ts';
import { shownOf } from '../../../../shared/rules/filter-words.ts';
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
  const due = `The ${monthName(month)} ARRS claim ${days < 0 ? 'was' : 'is'} due ${daysAway(days)}.`;
  if (view.lines === 0) {
    // A new PCN, or no one ARRS-funded in post that month: nothing to count, so no "0 of 0 lines".
    return (
      <Alert severity="info" role="note" sx={{ mb: 2 }} className="no-print">
        {`${due} No one is on it yet: workers marked as ARRS-funded and in post that month appear on it.`}
      </Alert>
    );
  }
  const blocked =
    view.blockedLines === 0
      ? 'No line is blocked.'
      : `${shownOf(view.blockedLines, view.lines, 'line')} ${view.blockedLines === 1 ? 'is' : 'are'} blocked.`;
  return (
    <Alert
      severity={view.blockedLines > 0 ? 'warning' : 'success'}
      role="note"
      sx={{ mb: 2 }}
      className="no-print"
      action={<Button href={href(`claims?month=${month}`)}>Review the claim</Button>}
    >
      {`${due} ${blocked}`}
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
