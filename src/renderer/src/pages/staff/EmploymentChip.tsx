import Chip from '@mui/material/Chip';
import { employmentWords } from '../../../../shared/rules/staff-list.ts';
import { employmentState } from '../../../../shared/rules/workforce.ts';

export function EmploymentChip({
  worker,
  today,
}: {
  worker: { startDate: string; leavingDate: string | null };
  today: string;
}) {
  const state = employmentState(worker, today);
  const label = employmentWords(worker, today);
  if (state === 'left') return <Chip size="small" label={label} />;
  if (state === 'starting') return <Chip size="small" color="info" variant="outlined" label={label} />;
  if (worker.leavingDate) return <Chip size="small" color="warning" variant="outlined" label={label} />;
  return <Chip size="small" color="success" variant="outlined" label={label} />;
}
