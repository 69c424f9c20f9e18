import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ArrsSumRate, Mark } from '../../../../shared/domain/rates.ts';
import { formatTenthPence, parseTenthPence, tenthPenceAsTyped } from '../../../../shared/rules/money.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { typedOrRefused } from '../../components/typedNumbers.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { arrsSums, removeArrsSum, saveArrsSum } from '../../stores/rates.ts';
import { CorrectOrRemoveCell } from './CorrectOrRemoveCell.tsx';
import { Loaded } from './Loaded.tsx';
import { MarkField, SourceField } from './MarkAndSourceFields.tsx';
import { RemoveRowDialog } from './RemoveRowDialog.tsx';
import { SectionWithAdd } from './SectionWithAdd.tsx';

type Open = { kind: 'edit'; row: ArrsSumRate | null } | { kind: 'remove'; row: ArrsSumRate } | null;

/** The PCN's whole ARRS sum is its weighted population × this year's amount per weighted patient. */
export function ArrsSumSection() {
  const state = arrsSums.use(null);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <SectionWithAdd
      title="ARRS sum per weighted patient"
      addLabel="Add a year"
      onAdd={() => setOpen({ kind: 'edit', row: null })}
      intro={
        <>
          With the weighted population (above), this gives the year&apos;s ARRS sum, against which the claim page checks
          the projection to 31 March. Unused money does not carry forward.
        </>
      }
    >
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
                  <CorrectOrRemoveCell
                    name={`the ${r.financialYear} ARRS sum`}
                    onCorrect={() => setOpen({ kind: 'edit', row: r })}
                    onRemove={() => setOpen({ kind: 'remove', row: r })}
                  />
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
      {open?.kind === 'remove' && (
        <RemoveRowDialog
          title={`Remove the ${open.row.financialYear} ARRS sum?`}
          remove={() => removeArrsSum(open.row.financialYear)}
          onClose={close}
        >
          {`Without it the claim page cannot check ${open.row.financialYear}'s projection. The removal is recorded in the audit log.`}
        </RemoveRowDialog>
      )}
    </SectionWithAdd>
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
      <MarkField value={mark} onChange={setMark} error={fieldErrors.mark} />
      <SourceField value={source} onChange={setSource} error={fieldErrors.source} hint=" " />
    </FormDialog>
  );
}
