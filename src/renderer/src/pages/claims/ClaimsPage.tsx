import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { useEffect, useState } from 'react';
import type { ClaimLineView, ClaimView, LineDecisionKind } from '../../../../shared/domain/claims.ts';
import type { ClaimLinesFilterState } from '../../../../shared/rules/claim-lines.ts';
import { filterClaimLines, NO_CLAIM_FILTER } from '../../../../shared/rules/claim-lines.ts';
import { daysBetween, formatUkDate } from '../../../../shared/rules/dates.ts';
import { daysAway } from '../../../../shared/rules/words.ts';
import { claimMonthProblem } from '../../../../shared/rules/plausible.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href, navigate } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, NotFound, PageState } from '../../components/PageState.tsx';
import { useAppStore } from '../../stores/app.ts';
import { claimView, confirmNwrs, downloadClaimCsv, downloadClaimPdf, removeLineDecision } from '../../stores/claims.ts';
import { attempt } from '../../stores/notices.ts';
import { ClaimLinesFilter } from './ClaimLinesFilter.tsx';
import { ClaimLinesTable } from './ClaimLinesTable.tsx';
import { ClaimSummary } from './ClaimSummary.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import type { LineActions } from './LineGaps.tsx';
import { NwrsForLines } from './NwrsForLines.tsx';
import { PayrollDialog } from './PayrollDialog.tsx';
import { isMonth, monthName } from './months.ts';
import { retryCurrentClaimMonth, useCurrentClaimMonth } from './useCurrentClaimMonth.ts';

const BACK_TO_CURRENT = { href: href('claims/current'), label: "Back to this month's claim" };

/** Opens the claim being prepared now (last month's until its claim day has passed). */
export function CurrentClaim() {
  const month = useCurrentClaimMonth();
  return (
    <PageState
      state={month}
      what="this month's claim"
      back={{ href: href('staff'), label: 'Back to the staff register' }}
      retry={retryCurrentClaimMonth}
    >
      {(m) => <GoTo address={`claims?month=${m}`} what="this month's claim" />}
    </PageState>
  );
}

function GoTo({ address, what }: { address: string; what: string }) {
  useEffect(() => navigate(address), [address]);
  return <Loading what={what} />;
}

export function ClaimsPage({ month }: { month: string }) {
  const today = useAppStore((s) => s.status?.today ?? null);
  const problem = !isMonth(month)
    ? `A claim month is written YYYY-MM, as in 2026-10, and “${month}” is not one.`
    : today && claimMonthProblem(month, today);
  if (problem) return <NotFound what="this claim month" message={problem} back={BACK_TO_CURRENT} />;
  return <ClaimMonthPage month={month} />;
}

function ClaimMonthPage({ month }: { month: string }) {
  const state = claimView.use(month);
  return (
    <PageState state={state} what="this claim month" back={BACK_TO_CURRENT} retry={() => void claimView.load(month)}>
      {(view) => <ClaimMonthView month={month} view={view} />}
    </PageState>
  );
}

function ClaimMonthView({ month, view }: { month: string; view: ClaimView }) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const [payrollFor, setPayrollFor] = useState<ClaimLineView | null>(null);
  const [deciding, setDeciding] = useState<{ line: ClaimLineView; decision: LineDecisionKind } | null>(null);
  const [filter, setFilter] = useState<ClaimLinesFilterState>(NO_CLAIM_FILTER);
  const { data } = view;
  const lines = filterClaimLines(data.lines, filter);
  const daysLeft = daysBetween(today, view.claimDueOn);
  // The viewer (a clinical director, say) reads the claim as it stands; only the lead prepares it.
  const { changesAll } = useAbilities();
  const draftClaimId = changesAll && view.claim?.status === 'draft' ? view.claim.id : null;
  const frozen = view.frozen || !changesAll;
  const actions: LineActions = {
    draftClaimId,
    frozen,
    onConfirmNwrs: (workerId) => attempt('confirm the NWRS record', () => confirmNwrs(month, workerId)),
    onDecide: (line, decision) => setDeciding({ line, decision }),
    onRemoveDecision: (line) =>
      attempt('take back the decision', () => removeLineDecision(draftClaimId ?? 0, line.workerId)),
  };

  return (
    <>
      <PageHeader
        title={`ARRS claim: ${monthName(month)}`}
        subtitle={`Financial year ${data.financialYear} · due ${formatUkDate(view.claimDueOn)}${daysLeft >= 0 ? ` (${daysAway(daysLeft)})` : ''} · checked as at ${formatUkDate(data.asOf)}`}
        actions={
          <>
            <Button href={href(`claims?year=${data.financialYear.replace('/', '-')}`)}>
              {`All ${data.financialYear} claims`}
            </Button>
            <Button onClick={() => attempt('export the claim as CSV', () => downloadClaimCsv(month))}>
              Export CSV
            </Button>
            <Button onClick={() => attempt('export the claim as a PDF', () => downloadClaimPdf(month))}>
              Export PDF
            </Button>
          </>
        }
      />
      <ClaimSummary month={month} view={view} today={today} />
      <Paper sx={{ p: 2 }}>
        <ClaimLinesFilter
          filter={filter}
          onChange={setFilter}
          shown={lines.length}
          total={data.lines.length}
          actions={!frozen && <NwrsForLines month={month} shown={lines} />}
        />
        <ClaimLinesTable lines={lines} actions={actions} onPayroll={setPayrollFor} />
        {payrollFor && <PayrollDialog month={month} line={payrollFor} onClose={() => setPayrollFor(null)} />}
        {deciding && draftClaimId !== null && (
          <DecisionDialog
            claimId={draftClaimId}
            month={month}
            line={deciding.line}
            decision={deciding.decision}
            onClose={() => setDeciding(null)}
          />
        )}
      </Paper>
    </>
  );
}
