import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import type { Rate } from '../../../../shared/domain/rates.ts';
import { AREA_LABELS } from '../../../../shared/domain/rates.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { rates, removeRate, saveRate, updateRate } from '../../stores/rates.ts';
import { CorrectOrRemoveCell } from './CorrectOrRemoveCell.tsx';
import { Loaded } from './Loaded.tsx';
import type { RateDraft } from './RateDialog.tsx';
import { RateDialog } from './RateDialog.tsx';
import { RemoveRowDialog } from './RemoveRowDialog.tsx';
import { SectionWithAdd } from './SectionWithAdd.tsx';

const NEW_RATE: RateDraft = {
  role: 'splw',
  area: 'national',
  annualMaxPence: null,
  effectiveFrom: null,
  effectiveTo: null,
  source: '',
  mark: 'U',
  backdated: false,
};

/** "Social prescribing link worker (national) from 01/07/2023": how a row is named in buttons and dialogs. */
const rowName = (r: Rate) => `${ROLE_LABELS[r.role]} (${AREA_LABELS[r.area]}) from ${formatUkDate(r.effectiveFrom)}`;

type Open = { kind: 'add' } | { kind: 'correct'; rate: Rate } | { kind: 'remove'; rate: Rate } | null;

/** Maximum reimbursable amounts for 1.0 WTE: data, because they change during a year and differ in London. */
export function RatesSection() {
  const state = rates.use(null);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  return (
    <SectionWithAdd
      title="ARRS maximum reimbursable amounts"
      addLabel="Add a maximum"
      onAdd={() => setOpen({ kind: 'add' })}
      intro={
        <>
          For 1.0 WTE a year, salary plus on-costs. Each applies only from its first to its last day: a change part way
          through a year is a new row, and a backdated change corrects the row it replaces. A month no row covers cannot
          be claimed until one is entered. Submitted claims keep the figures they were submitted with.
        </>
      }
    >
      <Loaded state={state} what="the ARRS rates" retry={() => void rates.load(null)}>
        {(list) => (
          <RatesTable
            list={list}
            onCorrect={(rate) => setOpen({ kind: 'correct', rate })}
            onRemove={(rate) => setOpen({ kind: 'remove', rate })}
          />
        )}
      </Loaded>
      {open?.kind === 'add' && (
        <RateDialog
          title="Add an ARRS maximum"
          submitLabel="Add maximum"
          draft={NEW_RATE}
          save={saveRate}
          onClose={close}
        />
      )}
      {open?.kind === 'correct' && (
        <RateDialog
          title={`Correct the maximum: ${rowName(open.rate)}`}
          submitLabel="Save correction"
          draft={open.rate}
          save={(fields) => updateRate({ id: open.rate.id, fields })}
          onClose={close}
        />
      )}
      {open?.kind === 'remove' && (
        <RemoveRowDialog
          title={`Remove the maximum: ${rowName(open.rate)}?`}
          remove={() => removeRate(open.rate.id)}
          onClose={close}
        >
          {`Months it covered will have no maximum until another is entered; submitted claims keep their figures. The removal of ${formatPounds(open.rate.annualMaxPence)} is recorded in the audit log.`}
        </RemoveRowDialog>
      )}
    </SectionWithAdd>
  );
}

function RatesTable(props: { list: Rate[]; onCorrect(rate: Rate): void; onRemove(rate: Rate): void }) {
  return (
    <Table size="small" aria-label="ARRS rates">
      <TableHead>
        <TableRow>
          <TableCell>Year</TableCell>
          <TableCell>Role</TableCell>
          <TableCell>Area</TableCell>
          <TableCell align="right">Maximum</TableCell>
          <TableCell>From</TableCell>
          <TableCell>To</TableCell>
          <TableCell>Mark</TableCell>
          <TableCell>Source</TableCell>
          <TableCell aria-label="Actions" />
        </TableRow>
      </TableHead>
      <TableBody>
        {props.list.map((r) => (
          <TableRow key={r.id} aria-label={rowName(r)}>
            <TableCell>{r.financialYear}</TableCell>
            <TableCell>{ROLE_LABELS[r.role]}</TableCell>
            <TableCell>{AREA_LABELS[r.area]}</TableCell>
            <TableCell align="right">{formatPounds(r.annualMaxPence)}</TableCell>
            <TableCell>{formatUkDate(r.effectiveFrom)}</TableCell>
            <TableCell>{r.effectiveTo === null ? 'no end date' : formatUkDate(r.effectiveTo)}</TableCell>
            <TableCell>{r.mark}</TableCell>
            <TableCell>
              {r.source}
              {r.backdated ? ' (backdated)' : ''}
            </TableCell>
            <CorrectOrRemoveCell
              name={rowName(r)}
              onCorrect={() => props.onCorrect(r)}
              onRemove={() => props.onRemove(r)}
            />
          </TableRow>
        ))}
        {props.list.length === 0 && (
          <TableRow>
            <TableCell colSpan={9}>No maximum is recorded: every claim line will ask for one.</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
