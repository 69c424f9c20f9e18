import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Person } from './ConfirmNwrsDialog.tsx';
import { ConfirmNwrsForSelected } from './ConfirmNwrsForSelected.tsx';

/** How many people are picked, with the ways to record for them all or confirm their NWRS, and to start again. */
export function SelectionBar(props: { people: readonly Person[]; onRecord(): void; onClear(): void }) {
  const count = props.people.length;
  return (
    <Box
      role="region"
      aria-label="Selected people"
      className="no-print"
      sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}
    >
      <Typography aria-live="polite">{count === 1 ? '1 person selected' : `${count} selected`}</Typography>
      <Button variant="contained" onClick={props.onRecord}>
        Record for selected…
      </Button>
      {/* A new selection starts without the last confirmation's outcome. */}
      <ConfirmNwrsForSelected key={props.people.map((p) => p.workerId).join()} people={props.people} />
      <Button onClick={props.onClear}>Clear selection</Button>
    </Box>
  );
}
