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
import type { Rate } from '../../../../shared/domain/claims.ts';
import type { Role } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { DateField, toIsoOrText } from '../../components/DateField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { rates, saveRate } from '../../stores/rates.ts';
import { Loaded } from './Loaded.tsx';

/** Maximum reimbursable amounts for 1.0 WTE: data, because they change every year and mid-year too. */
export function RatesSection() {
  const state = rates.use(null);
  const [year, setYear] = useState('');
  const [role, setRole] = useState<Role>('splw');
  const [amount, setAmount] = useState('');
  const [from, setFrom] = useState('');
  const [source, setSource] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();

  return (
    <Paper component="section" aria-label="ARRS maximum reimbursable amounts" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h2">ARRS maximum reimbursable amounts</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        For 1.0 WTE a year. A change part way through the year, backdated, is a new row taking effect from the backdated
        date.
      </Typography>
      <Loaded state={state} what="the ARRS rates" retry={() => void rates.load(null)}>
        {(list) => <RatesTable list={list} />}
      </Loaded>
      <Box
        component="form"
        noValidate
        aria-label="Add a rate"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '1fr 1.5fr 1fr 1fr 1.5fr auto' },
          gap: 1,
          mt: 2,
          alignItems: 'start',
        }}
        onSubmit={(e) => {
          e.preventDefault();
          void submit(() =>
            saveRate({
              financialYear: year,
              role,
              annualMaxPence: Math.round(Number(amount.replace(/[£,]/g, '')) * 100),
              effectiveFrom: toIsoOrText(from) ?? '',
              source,
            }),
          );
        }}
      >
        <TextField
          label="Financial year"
          placeholder="2025/26"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={Boolean(fieldErrors.financialYear)}
          helperText={fieldErrors.financialYear ?? ' '}
        />
        <SelectField
          label="Role"
          value={role}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          onChange={(v) => setRole(v as Role)}
        />
        <TextField
          label="Maximum (£)"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={Boolean(fieldErrors.annualMaxPence)}
          helperText={fieldErrors.annualMaxPence ?? ' '}
        />
        <DateField label="Takes effect" value={from} onChange={setFrom} error={fieldErrors.effectiveFrom} />
        <TextField
          label="Source"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          helperText={formError ?? ' '}
          error={Boolean(formError)}
        />
        <Button type="submit" variant="outlined" disabled={busy} sx={{ mt: 0.25 }}>
          Add rate
        </Button>
      </Box>
    </Paper>
  );
}

function RatesTable({ list }: { list: Rate[] }) {
  return (
    <Table size="small" aria-label="ARRS rates">
      <TableHead>
        <TableRow>
          <TableCell>Year</TableCell>
          <TableCell>Role</TableCell>
          <TableCell>Maximum</TableCell>
          <TableCell>Takes effect</TableCell>
          <TableCell>Source</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {list.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{r.financialYear}</TableCell>
            <TableCell>{ROLE_LABELS[r.role]}</TableCell>
            <TableCell>{formatPounds(r.annualMaxPence)}</TableCell>
            <TableCell>{formatUkDate(r.effectiveFrom)}</TableCell>
            <TableCell>{r.source}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
