import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { countOf } from '../../../../shared/rules/words.ts';
import { ApiError } from '../../api/api-error.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { claimView, setNwrsForLines } from '../../stores/claims.ts';
import { dataOf } from '../../stores/loadable.ts';
import { monthName, pickableMonths } from '../claims/months.ts';

export interface Person {
  workerId: number;
  name: string;
}

const namesOf = (people: readonly Person[]): string => {
  const names = people.map((p) => p.name);
  const last = names.pop() ?? '';
  return names.length === 0 ? last : `${names.join(', ')} and ${last}`;
};

/** Everyone by name when there are a few; a count when a list of names would be a wall. */
const whom = (people: readonly Person[]): string =>
  people.length <= NAMED_UP_TO ? namesOf(people) : countOf(people.length, 'person', 'people');
const NAMED_UP_TO = 6;

/**
 * The backend refuses the lot when anyone picked has no line in the month's claim, naming them by id; the month's
 * lines say who, so the refusal can name them as the lead knows them.
 */
async function refusalByName(error: unknown, month: string, people: readonly Person[]): Promise<unknown> {
  if (!(error instanceof ApiError) || error.fields.workerIds === undefined) return error;
  await claimView.load(month);
  const lines = dataOf(claimView.peek(month))?.data.lines;
  if (!lines) return error;
  const inClaim = new Set(lines.map((l) => l.workerId));
  const strays = people.filter((p) => !inClaim.has(p.workerId));
  if (strays.length === 0) return error;
  return new ApiError({
    code: error.code,
    message:
      `Nothing was confirmed: ${namesOf(strays)} ${strays.length === 1 ? 'has' : 'have'} no line in the ` +
      `${monthName(month)} claim. Leave ${strays.length === 1 ? 'them' : 'those people'} out of the selection, or choose another month.`,
  });
}

/**
 * The month's NWRS record confirmed for everyone picked in the matrix, in one step: all of them, or (when anyone
 * has no line in that month's claim) none.
 */
export function ConfirmNwrsDialog(props: {
  people: readonly Person[];
  today: string;
  defaultMonth: string;
  onClose(): void;
  onConfirmed(result: { month: string; changed: number }): void;
}) {
  const [month, setMonth] = useState(props.defaultMonth);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const people = props.people;

  const confirm = async () => {
    const changed = await submit(async () => {
      try {
        return await setNwrsForLines(
          month,
          people.map((p) => p.workerId),
          true,
        );
      } catch (error) {
        throw await refusalByName(error, month, people);
      }
    });
    if (changed !== undefined) props.onConfirmed({ month, changed });
  };

  return (
    <FormDialog
      open
      title={`Confirm NWRS for ${countOf(people.length, 'person', 'people')}`}
      submitLabel="Confirm NWRS"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() => void confirm()}
    >
      <SelectField
        label="Claim month"
        required
        value={month}
        options={pickableMonths(props.today, month).map((m) => ({ value: m, label: monthName(m) }))}
        onChange={setMonth}
        error={fieldErrors.month}
        helperText="The ARRS claim their lines are in"
      />
      <Typography>
        {`Confirms that the National Workforce Reporting Service record of ${whom(people)} is up to date for ${monthName(month)}.`}
      </Typography>
    </FormDialog>
  );
}
