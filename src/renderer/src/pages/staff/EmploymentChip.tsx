import Chip from '@mui/material/Chip';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { employmentState } from '../../../../shared/rules/workforce.ts';

export function EmploymentChip({
  worker,
  today,
}: {
  worker: { startDate: string; leavingDate: string | null };
  today: string;
}) {
  const state = employmentState(worker, today);
  if (state === 'left') return <Chip size="small" label={`Left ${formatUkDate(worker.leavingDate)}`} />;
  if (state === 'starting')
    return <Chip size="small" color="info" variant="outlined" label={`Starts ${formatUkDate(worker.startDate)}`} />;
  if (worker.leavingDate)
    return (
      <Chip size="small" color="warning" variant="outlined" label={`Leaving ${formatUkDate(worker.leavingDate)}`} />
    );
  return <Chip size="small" color="success" variant="outlined" label="In post" />;
}
