import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';

export interface ExportChoice {
  shown: number;
  everyone: number;
  /** The filters in words: "role: Care coordinator; leavers not shown". */
  filters: readonly string[];
}

/** Asked when the matrix is filtered: export the people shown, or everyone. Never silently partial. */
export function ExportCsvDialog({
  open,
  choice,
  onClose,
  onExport,
}: {
  open: boolean;
  choice: ExportChoice;
  onClose(): void;
  onExport(which: 'shown' | 'everyone'): void;
}) {
  const titleId = useId();
  const [which, setWhich] = useState<'shown' | 'everyone'>('shown');
  const shown = choice.shown.toLocaleString('en-GB');
  const everyone = choice.everyone.toLocaleString('en-GB');
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Export the training matrix</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>
          {`The matrix is filtered (${choice.filters.join('; ')}): ${shown} of ${everyone} people are shown.`}
        </Typography>
        <RadioGroup
          aria-label="Who to export"
          value={which}
          onChange={(e) => setWhich(e.target.value as 'shown' | 'everyone')}
        >
          <FormControlLabel
            value="shown"
            control={<Radio />}
            label={`The ${shown} shown (the file's name and first line say which filters)`}
          />
          <FormControlLabel value="everyone" control={<Radio />} label={`Everyone: all ${everyone} people`} />
        </RadioGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => onExport(which)}>
          Export CSV
        </Button>
      </DialogActions>
    </Dialog>
  );
}
