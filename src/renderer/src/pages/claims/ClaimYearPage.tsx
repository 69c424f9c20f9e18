import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ClaimYear, ClaimYearMonth } from '../../../../shared/domain/claims.ts';
import { CLAIM_STATUS_LABELS } from '../../../../shared/domain/claims.ts';
import { financialYearOf, formatUkDate } from '../../../../shared/rules/dates.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { href, navigate } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { NotFound, PageState } from '../../components/PageState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { claimYear } from '../../stores/claims.ts';
import { monthName } from './months.ts';
import { retryCurrentClaimMonth, useCurrentClaimMonth } from './useCurrentClaimMonth.ts';

/** ARRS began in 2019/20. */
const FIRST_YEAR = 2019;
/** "2025/26" travels in the address as "2025-26". */
const yearOfAddress = (text: string) => text.replace('-', '/');
const addressOf = (fy: string) => fy.replace('/', '-');
const isFinancialYear = (fy: string) =>
  /^\d{4}\/\d{2}$/.test(fy) && (Number(fy.slice(0, 4)) + 1) % 100 === Number(fy.slice(5));

/** Every financial year from 2019/20 to the current claim's, newest first, and the one shown. */
function pickableYears(current: string, shown: string): string[] {
  const last = Number(current.slice(0, 4));
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => {
    const start = last - i;
    return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  });
  return years.includes(shown) ? years : [shown, ...years].sort().reverse();
}

const BACK = { href: href('claims'), label: "Back to this year's claims" };

/**
 * The claims page opens here: the financial year's months, April to March, each with where its claim has got
 * to, what it comes to and how many lines are blocked, a click from the month.
 */
export function ClaimYearPage({ year }: { year: string | null }) {
  const current = useCurrentClaimMonth();
  return (
    <PageState state={current} what="the year's claims" back={BACK} retry={retryCurrentClaimMonth}>
      {(month) => {
        const fy = year === null ? financialYearOf(`${month}-01`) : yearOfAddress(year);
        if (!isFinancialYear(fy))
          return (
            <NotFound
              what="this financial year"
              message={`A financial year is written as 2025-26 in the address, and “${year ?? ''}” is not one`}
              back={BACK}
            />
          );
        return <YearState key={fy} fy={fy} currentMonth={month} />;
      }}
    </PageState>
  );
}

function YearState({ fy, currentMonth }: { fy: string; currentMonth: string }) {
  const state = claimYear.use(fy);
  return (
    <>
      <PageHeader
        title="ARRS claims"
        subtitle={`Financial year ${fy}: one claim a month, April to March`}
        actions={
          <>
            <Box sx={{ width: 170 }}>
              <SelectField
                label="Financial year"
                value={fy}
                options={pickableYears(financialYearOf(`${currentMonth}-01`), fy).map((y) => ({ value: y, label: y }))}
                onChange={(y) => navigate(`claims?year=${addressOf(y)}`)}
              />
            </Box>
            <Button variant="contained" href={href(`claims?month=${currentMonth}`)} sx={{ alignSelf: 'flex-start' }}>
              This month's claim
            </Button>
          </>
        }
      />
      <PageState state={state} what={`the claims for ${fy}`} back={BACK} retry={() => void claimYear.load(fy)}>
        {(data) => <YearTable year={data} />}
      </PageState>
    </>
  );
}

function statusOf(m: ClaimYearMonth): string {
  if (!m.open) return 'Not yet open';
  if (!m.claim) return 'Not started';
  const { status, version, submittedOn, paidOn } = m.claim;
  const label = `${CLAIM_STATUS_LABELS[status]}, version ${version}`;
  if (status === 'paid' && paidOn) return `${label}, paid ${formatUkDate(paidOn)}`;
  if (status === 'submitted' && submittedOn) return `${label}, submitted ${formatUkDate(submittedOn)}`;
  return label;
}

const money = (pence: number | null) => (pence === null ? '—' : formatPounds(pence));

function YearTable({ year }: { year: ClaimYear }) {
  return (
    <Paper>
      <TableContainer>
        <Table size="small" aria-label={`ARRS claims for ${year.financialYear}`}>
          <TableHead>
            <TableRow>
              <TableCell>Month</TableCell>
              <TableCell>Claim</TableCell>
              <TableCell align="right">Claimable</TableCell>
              <TableCell align="right">Lines</TableCell>
              <TableCell align="right">Blocked lines</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {year.months.map((m) => (
              <TableRow key={m.month} aria-label={monthName(m.month)}>
                <TableCell>
                  {m.open ? <a href={href(`claims?month=${m.month}`)}>{monthName(m.month)}</a> : monthName(m.month)}
                </TableCell>
                <TableCell sx={{ color: m.open ? undefined : 'text.secondary' }}>{statusOf(m)}</TableCell>
                <TableCell align="right">{money(m.totalPence)}</TableCell>
                <TableCell align="right">{m.lines ?? '—'}</TableCell>
                <TableCell
                  align="right"
                  sx={{
                    color: m.blockedLines ? 'error.main' : undefined,
                    fontWeight: m.blockedLines ? 600 : undefined,
                  }}
                >
                  {m.blockedLines ?? '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
