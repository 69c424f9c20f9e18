import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

/** How many people are picked, with the way to record for them all and to start again. */
export function SelectionBar(props: { count: number; onRecord(): void; onClear(): void }) {
  return (
    <Box
      role="region"
      aria-label="Selected people"
      className="no-print"
      sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}
    >
      <Typography aria-live="polite">{props.count === 1 ? '1 person selected' : `${props.count} selected`}</Typography>
      <Button variant="contained" onClick={props.onRecord}>
        Record for selected…
      </Button>
      <Button onClick={props.onClear}>Clear selection</Button>
    </Box>
  );
}
