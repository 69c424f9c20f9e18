import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';

/**
 * The time a record's training took, and whether it was towards a level 3 occupational standard: since 2024/25
 * ARRS reimburses that time, so it shows on the month's claim line. The mark needs the hours.
 */
export function TrainingTimeFields(props: {
  hours: string;
  reimbursable: boolean;
  onHours(text: string): void;
  onReimbursable(on: boolean): void;
  errors: Record<string, string>;
}) {
  const noHours = props.hours.trim() === '';
  return (
    <>
      <TextField
        label="Hours spent"
        value={props.hours}
        onChange={(e) => props.onHours(e.target.value)}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        error={Boolean(props.errors.trainingHours)}
        helperText={props.errors.trainingHours ?? 'Optional; to the quarter hour, such as 7.5'}
      />
      <div>
        <FormControlLabel
          control={
            <Checkbox
              checked={props.reimbursable && !noHours}
              disabled={noHours}
              onChange={(e) => props.onReimbursable(e.target.checked)}
            />
          }
          label="Towards a level 3 occupational standard (reimbursable)"
        />
        <FormHelperText error={Boolean(props.errors.reimbursable)} sx={{ mt: 0 }}>
          {props.errors.reimbursable ??
            (noHours ? 'Enter the hours spent first' : 'Shown on the claim line for the month it was done')}
        </FormHelperText>
      </div>
    </>
  );
}
