import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { LeadOnly } from '../../components/LeadOnly.tsx';
import type { PayFields } from '../../../../shared/domain/claims.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import type { OnCost } from '../../../../shared/rules/arrs.ts';
import { formatBasisPoints, formatPounds, parsePercent, parsePounds } from '../../../../shared/rules/money.ts';
import { DateField, toIsoOrText } from '../../components/DateField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageState } from '../../components/PageState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { typedOrRefused } from '../../components/typedNumbers.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { payHistory, savePay } from '../../stores/claims.ts';

const KINDS = [
  { value: 'percent', label: '% of salary' },
  { value: 'amount', label: '£ a month' },
];
type Kind = OnCost['kind'];
const onCostText = (c: OnCost) =>
  c.kind === 'percent' ? formatBasisPoints(c.basisPoints) : `${formatPounds(c.monthlyPence)} a month`;
/** A typed on-cost as the API takes it: basis points for a percentage, pence for an amount. */
const onCostOf = (kind: Kind, value: number): OnCost =>
  kind === 'percent' ? { kind, basisPoints: value } : { kind, monthlyPence: value };
const parseOnCost = (kind: Kind, text: string) => (kind === 'percent' ? parsePercent(text) : parsePounds(text));
/** The backend names the part of an on-cost it refused; the form shows it at the one field. */
const onCostError = (errors: Record<string, string>, key: 'ni' | 'pension') =>
  errors[key] ?? errors[`${key}.basisPoints`] ?? errors[`${key}.monthlyPence`];

/** Pay from a date: the claim works out each month's cost from it unless actual payroll figures are entered. */
export function PayTab({ workerId }: { workerId: number }) {
  const state = payHistory.use(workerId);
  return (
    <PageState state={state} what="this worker's pay" retry={() => void payHistory.load(workerId)}>
      {(history) => <Pay workerId={workerId} history={history} />}
    </PageState>
  );
}

function Pay({ workerId, history }: { workerId: number; history: PayFields[] }) {
  const [from, setFrom] = useState('');
  const [salary, setSalary] = useState('');
  const [niKind, setNiKind] = useState<Kind>('percent');
  const [ni, setNi] = useState('');
  const [pensionKind, setPensionKind] = useState<Kind>('percent');
  const [pension, setPension] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();

  return (
    <Paper component="section" aria-label="Pay" sx={{ p: 2 }}>
      <Typography variant="h2" gutterBottom>
        Pay
      </Typography>
      <Table size="small" aria-label="Pay history">
        <TableHead>
          <TableRow>
            <TableCell>From</TableCell>
            <TableCell>Annual salary</TableCell>
            <TableCell>Employer&apos;s NI</TableCell>
            <TableCell>Employer&apos;s pension</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {history.map((p) => (
            <TableRow key={p.effectiveFrom}>
              <TableCell>{formatUkDate(p.effectiveFrom)}</TableCell>
              <TableCell>{formatPounds(p.annualSalaryPence)}</TableCell>
              <TableCell>{onCostText(p.ni)}</TableCell>
              <TableCell>{onCostText(p.pension)}</TableCell>
            </TableRow>
          ))}
          {history.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>No pay recorded: the claim cannot work out a cost.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <LeadOnly>
        <Box
          component="form"
          noValidate
          aria-label="Add pay"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
            gap: 2,
            mt: 2,
            alignItems: 'start',
          }}
          onSubmit={(e) => {
            e.preventDefault();
            void submit(() => {
              const typed = typedOrRefused({
                annualSalaryPence: parsePounds(salary),
                ni: parseOnCost(niKind, ni),
                pension: parseOnCost(pensionKind, pension),
              });
              return savePay({
                workerId,
                effectiveFrom: toIsoOrText(from) ?? '',
                annualSalaryPence: typed.annualSalaryPence,
                ni: onCostOf(niKind, typed.ni),
                pension: onCostOf(pensionKind, typed.pension),
              });
            });
          }}
        >
          <ErrorSummary message={formError} busy={busy} />
          <DateField
            label="Pay from"
            kind="working"
            required
            value={from}
            onChange={setFrom}
            error={fieldErrors.effectiveFrom}
          />
          <TextField
            label="Annual salary (£)"
            required
            value={salary}
            onChange={(e) => setSalary(e.target.value)}
            error={Boolean(fieldErrors.annualSalaryPence)}
            helperText={fieldErrors.annualSalaryPence ?? 'The actual salary for the contracted hours'}
          />
          <Box sx={{ display: 'flex', gap: 1 }}>
            <SelectField label="NI as" value={niKind} options={KINDS} onChange={(v) => setNiKind(v as Kind)} />
            <TextField
              label="Employer's NI"
              value={ni}
              onChange={(e) => setNi(e.target.value)}
              error={Boolean(onCostError(fieldErrors, 'ni'))}
              helperText={onCostError(fieldErrors, 'ni') ?? ' '}
            />
          </Box>
          <Box sx={{ display: 'flex', gap: 1 }}>
            <SelectField
              label="Pension as"
              value={pensionKind}
              options={KINDS}
              onChange={(v) => setPensionKind(v as Kind)}
            />
            <TextField
              label="Employer's pension"
              value={pension}
              onChange={(e) => setPension(e.target.value)}
              error={Boolean(onCostError(fieldErrors, 'pension'))}
              helperText={onCostError(fieldErrors, 'pension') ?? ' '}
            />
          </Box>
          <Button type="submit" variant="contained" disabled={busy}>
            Save pay
          </Button>
        </Box>
      </LeadOnly>
    </Paper>
  );
}
