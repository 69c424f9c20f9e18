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
import type { ArrsSumRate, Mark } from '../../../../shared/domain/rates.ts';
import { MARK_LABELS, MARKS } from '../../../../shared/domain/rates.ts';
import { formatTenthPence, parseTenthPence, tenthPenceAsTyped } from '../../../../shared/rules/money.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { typedOrRefused } from '../../components/typedNumbers.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { arrsSums, removeArrsSum, saveArrsSum } from '../../stores/rates.ts';
import { Loaded } from './Loaded.tsx';

type Open = { kind: 'edit'; row: ArrsSumRate | null } | { kind: 'remove'; row: ArrsSumRate } | null;

/** The PCN's whole ARRS sum is its weighted population × this year's amount per weighted patient. */
export function ArrsSumSection() {
  const state = arrsSums.use(null);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <Paper component="section" aria-label="ARRS sum per weighted patient" sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2 }}>
        <Typography variant="h2">ARRS sum per weighted patient</Typography>
        <LeadOnly>
          <Button variant="outlined" sx={{ ml: 'auto' }} onClick={() => setOpen({ kind: 'edit', row: null })}>
            Add a year
          </Button>
        </LeadOnly>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        With the weighted population (above), this gives the year&apos;s ARRS sum, against which the claim page checks
        the projection to 31 March. Unused money does not carry forward.
      </Typography>
      <Loaded state={state} what="the ARRS sum per weighted patient" retry={() => void arrsSums.load(null)}>
        {(rows) => (
          <Table size="small" aria-label="ARRS sum per weighted patient by year">
            <TableHead>
              <TableRow>
                <TableCell>Year</TableCell>
                <TableCell align="right">Per weighted patient</TableCell>
                <TableCell>Mark</TableCell>
                <TableCell>Source</TableCell>
                <TableCell aria-label="Actions" />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.financialYear} aria-label={r.financialYear}>
                  <TableCell>{r.financialYear}</TableCell>
                  <TableCell align="right">{formatTenthPence(r.tenthPence)}</TableCell>
                  <TableCell>{r.mark}</TableCell>
                  <TableCell>{r.source}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <LeadOnly>
                      <Button
                        size="small"
                        onClick={() => setOpen({ kind: 'edit', row: r })}
                        aria-label={`Correct the ${r.financialYear} ARRS sum`}
                      >
                        Correct
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        onClick={() => setOpen({ kind: 'remove', row: r })}
                        aria-label={`Remove the ${r.financialYear} ARRS sum`}
                      >
                        Remove
                      </Button>
                    </LeadOnly>
                  </TableCell>
                </TableRow>
              ))}
              {rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5}>No year is recorded: the claim page cannot check the projection.</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        )}
      </Loaded>
      {open?.kind === 'edit' && <ArrsSumDialog row={open.row} onClose={close} />}
      {open?.kind === 'remove' && <RemoveArrsSumDialog row={open.row} onClose={close} />}
    </Paper>
  );
}

function ArrsSumDialog({ row, onClose }: { row: ArrsSumRate | null; onClose(): void }) {
  const [year, setYear] = useState(row?.financialYear ?? '');
  const [amount, setAmount] = useState(row ? tenthPenceAsTyped(row.tenthPence) : '');
  const [mark, setMark] = useState<Mark>(row?.mark ?? 'U');
  const [source, setSource] = useState(row?.source ?? '');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      title={row ? `Correct the ${row.financialYear} ARRS sum` : 'Add a year’s ARRS sum'}
      submitLabel="Save"
      busy={busy}
      error={formError}
      onClose={onClose}
      onSubmit={() =>
        void submit(async () => {
          const typed = typedOrRefused({ tenthPence: parseTenthPence(amount) });
          await saveArrsSum({ financialYear: year.trim(), tenthPence: typed.tenthPence, mark, source });
          onClose();
        })
      }
    >
      <TextField
        label="Financial year"
        placeholder="2026/27"
        required
        disabled={row !== null}
        value={year}
        onChange={(e) => setYear(e.target.value)}
        error={Boolean(fieldErrors.financialYear)}
        helperText={fieldErrors.financialYear ?? 'Written 2026/27'}
      />
      <TextField
        label="Per weighted patient (£)"
        required
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={Boolean(fieldErrors.tenthPence)}
        helperText={fieldErrors.tenthPence ?? 'To a tenth of a penny, such as 26.631'}
      />
      <SelectField
        label="Mark"
        value={mark}
        options={MARKS.map((m) => ({ value: m, label: `${m}: ${MARK_LABELS[m]}` }))}
        onChange={(v) => setMark(v as Mark)}
        error={fieldErrors.mark}
      />
      <TextField
        label="Source"
        value={source}
        onChange={(e) => setSource(e.target.value)}
        error={Boolean(fieldErrors.source)}
        helperText={fieldErrors.source ?? ' '}
      />
    </FormDialog>
  );
}

function RemoveArrsSumDialog({ row, onClose }: { row: ArrsSumRate; onClose(): void }) {
  const { submit, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      danger
      title={`Remove the ${row.financialYear} ARRS sum?`}
      submitLabel="Remove"
      busy={busy}
      error={formError}
      onClose={onClose}
      onSubmit={() =>
        void submit(async () => {
          await removeArrsSum(row.financialYear);
          onClose();
        })
      }
    >
      {`Without it the claim page cannot check ${row.financialYear}'s projection. The removal is recorded in the audit log.`}
    </FormDialog>
  );
}
