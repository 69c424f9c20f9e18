import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import type { ClaimLineView, ClaimView, PcnPosition } from '../../../../shared/domain/claims.ts';
import { CLAIM_STATUS_LABELS } from '../../../../shared/domain/claims.ts';
import { daysBetween, formatUkDate } from '../../../../shared/rules/dates.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { call } from '../../api/client.ts';
import { saveFile } from '../../api/download.ts';
import { navigate } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useAppStore } from '../../stores/app.ts';
import { ClaimActions } from './ClaimActions.tsx';
import type { ClaimLinesFilterState } from '../../../../shared/rules/claim-lines.ts';
import { filterClaimLines, NO_CLAIM_FILTER } from '../../../../shared/rules/claim-lines.ts';
import { ClaimLinesFilter } from './ClaimLinesFilter.tsx';
import { ClaimLinesTable } from './ClaimLinesTable.tsx';
import { PayrollDialog } from './PayrollDialog.tsx';
import { currentClaimMonth, monthName, recentMonths } from './months.ts';

/** Opens the claim being prepared now (last month's until its claim day has passed). */
export function CurrentClaim() {
  const today = useAppStore((s) => s.status?.today ?? '');
  useEffect(() => {
    if (today)
      void call('settings.get', {}).then((s) =>
        navigate(`claims?month=${currentClaimMonth(today, s.claimDayOfMonth)}`),
      );
  }, [today]);
  return null;
}

export function ClaimsPage({ month }: { month: string }) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const [view, setView] = useState<ClaimView | null>(null);
  const [payrollFor, setPayrollFor] = useState<ClaimLineView | null>(null);
  const [position, setPosition] = useState<PcnPosition | null>(null);
  const [filter, setFilter] = useState<ClaimLinesFilterState>(NO_CLAIM_FILTER);
  const load = useCallback(async () => setView(await call('claim.view', { month })), [month]);
  useEffect(() => {
    void load();
  }, [load]);
  // The year's figures need every earlier month worked out, so they are asked for apart and the lines show first.
  useEffect(() => {
    if (!view) return;
    let current = true;
    void call('claim.position', { month }).then((p) => current && setPosition(p));
    return () => {
      current = false;
    };
  }, [view, month]);
  if (!view) return null;
  const { data } = view;
  const lines = filterClaimLines(data.lines, filter);
  const pending = 'Working out…';
  const daysLeft = daysBetween(today, view.claimDueOn);

  const download = async (kind: 'csv' | 'pdf') => {
    if (kind === 'csv') {
      const file = await call('claim.csv', { month });
      saveFile(file.fileName, 'text/csv;charset=utf-8', { text: file.text });
    } else {
      const file = await call('claim.pdf', { month });
      saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
    }
  };

  return (
    <>
      <PageHeader
        title={`ARRS claim: ${monthName(month)}`}
        subtitle={`Financial year ${data.financialYear} · due ${formatUkDate(view.claimDueOn)}${daysLeft >= 0 ? ` (in ${daysLeft} days)` : ''} · checked as at ${formatUkDate(data.asOf)}`}
        actions={
          <>
            <Button onClick={() => void download('csv')}>Export CSV</Button>
            <Button onClick={() => void download('pdf')}>Export PDF</Button>
          </>
        }
      />
      <Paper sx={{ p: 2, mb: 3 }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Box sx={{ width: 220 }}>
            <SelectField
              label="Claim month"
              value={month}
              options={recentMonths(today).map((m) => ({ value: m, label: monthName(m) }))}
              onChange={(m) => navigate(`claims?month=${m}`)}
            />
          </Box>
          <Chip
            label={
              view.claim ? `${CLAIM_STATUS_LABELS[view.claim.status]}, version ${view.claim.version}` : 'Not started'
            }
            variant="outlined"
          />
          {view.claim?.portalReference && (
            <Chip label={`Portal reference ${view.claim.portalReference}`} variant="outlined" />
          )}
          <Box sx={{ ml: 'auto', display: 'flex', gap: 1 }}>
            <ClaimActions month={month} view={view} today={today} onChange={setView} />
          </Box>
        </Box>
        <Box
          role="status"
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' }, gap: 2, mt: 2 }}
        >
          {[
            ['Claimable this month', formatPounds(data.totalPence)],
            ['Blocked lines', `${data.blockedLines} of ${data.lines.length}`],
            ['Year to date', position ? formatPounds(position.yearToDatePence) : pending],
            ['Projection to 31 March', position ? formatPounds(position.projectionPence) : pending],
            [
              'ARRS sum',
              !position ? pending : position.arrsSumPence === null ? 'Not set' : formatPounds(position.arrsSumPence),
            ],
          ].map(([label, value]) => (
            <Box key={label}>
              <Typography variant="body2" color="text.secondary">
                {label}
              </Typography>
              <Typography sx={{ fontSize: '1.3rem', fontWeight: 600 }}>{value}</Typography>
            </Box>
          ))}
        </Box>
        {position?.warning && (
          <Alert severity="warning" role="note" sx={{ mt: 2 }}>
            {position.warning}
          </Alert>
        )}
        {view.frozen && (
          <Alert severity="info" role="note" sx={{ mt: 2 }}>
            Submitted: these figures and flags are frozen as they were. Amend to make a new version.
          </Alert>
        )}
        {view.changes.length > 0 && (
          <Alert severity="info" role="note" sx={{ mt: 2 }}>
            Changes since the submitted version:{' '}
            {view.changes
              .map(
                (c) =>
                  `${c.name} ${c.beforePence === null ? '—' : formatPounds(c.beforePence)} → ${c.afterPence === null ? '—' : formatPounds(c.afterPence)}`,
              )
              .join('; ')}
          </Alert>
        )}
      </Paper>
      <Paper sx={{ p: 2 }}>
        <ClaimLinesFilter filter={filter} onChange={setFilter} shown={lines.length} total={data.lines.length} />
        <ClaimLinesTable
          lines={lines}
          frozen={view.frozen}
          onPayroll={setPayrollFor}
          onConfirmNwrs={(workerId) => void call('claim.confirmNwrs', { month, workerId }).then(setView)}
        />
        {payrollFor && (
          <PayrollDialog month={month} line={payrollFor} onClose={() => setPayrollFor(null)} onSaved={setView} />
        )}
      </Paper>
    </>
  );
}
