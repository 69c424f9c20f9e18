import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ClaimLineView } from '../../../../shared/domain/claims.ts';
import { formatMonth } from '../../../../shared/rules/dates.ts';
import { parsePounds, penceAsTyped } from '../../../../shared/rules/money.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { typedOrRefused } from '../../components/typedNumbers.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { savePayroll } from '../../stores/claims.ts';

/** The month's actual payroll for one worker, which replaces the figures worked out from their pay. */
export function PayrollDialog(props: { month: string; line: ClaimLineView; onClose(): void }) {
  const [salary, setSalary] = useState(penceAsTyped(props.line.salaryPence));
  const [ni, setNi] = useState(penceAsTyped(props.line.niPence));
  const [pension, setPension] = useState(penceAsTyped(props.line.pensionPence));
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const field = (label: string, value: string, set: (v: string) => void, key: string) => (
    <TextField
      label={label}
      value={value}
      onChange={(e) => set(e.target.value)}
      error={Boolean(fieldErrors[key])}
      helperText={fieldErrors[key] ?? ' '}
    />
  );
  return (
    <FormDialog
      open
      title={`Actual payroll: ${props.line.name}, ${formatMonth(props.month)}`}
      submitLabel="Save payroll"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          const typed = typedOrRefused({
            salaryPence: parsePounds(salary),
            niPence: parsePounds(ni),
            pensionPence: parsePounds(pension),
          });
          await savePayroll({ workerId: props.line.workerId, month: props.month, ...typed });
          props.onClose();
        })
      }
    >
      {field('Salary paid (£)', salary, setSalary, 'salaryPence')}
      {field("Employer's NI (£)", ni, setNi, 'niPence')}
      {field("Employer's pension (£)", pension, setPension, 'pensionPence')}
    </FormDialog>
  );
}
