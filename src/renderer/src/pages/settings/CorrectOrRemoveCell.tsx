import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import { LeadOnly } from '../../components/LeadOnly.tsx';

/** A row's last cell: Correct and Remove, for the lead only; `name` says which row ("the 2025/26 ARRS sum"). */
export function CorrectOrRemoveCell(props: { name: string; onCorrect(): void; onRemove(): void }) {
  return (
    <TableCell sx={{ whiteSpace: 'nowrap' }}>
      <LeadOnly>
        <Button size="small" onClick={props.onCorrect} aria-label={`Correct ${props.name}`}>
          Correct
        </Button>
        <Button size="small" color="error" onClick={props.onRemove} aria-label={`Remove ${props.name}`}>
          Remove
        </Button>
      </LeadOnly>
    </TableCell>
  );
}
