import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { formatWte, wholeTimeEquivalent } from '../../../../shared/rules/workforce.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';

/**
 * A worker's details as the register holds them, for everyone but the lead (the viewer, their supervisor, the
 * worker themself): the register is the lead's to change.
 */
export function WorkerSummary({ worker }: { worker: WorkerRow }) {
  const fullTimeHours = useOrganisationStore((s) => s.pcn?.fullTimeHours ?? 37.5);
  const rows: [string, string][] = [
    ['Role', ROLE_LABELS[worker.role]],
    ['Employer', worker.employerName],
    ['Base practice', worker.basePracticeName ?? 'None'],
    [
      'Contracted hours a week',
      `${worker.hoursPerWeek} (${formatWte(wholeTimeEquivalent(worker.hoursPerWeek, fullTimeHours))} WTE)`,
    ],
    ['Funded through ARRS', worker.arrsFunded ? 'Yes' : 'No'],
    ['Start date', formatUkDate(worker.startDate)],
    ['Leaving date', worker.leavingDate ? formatUkDate(worker.leavingDate) : 'In post'],
    ['Named supervisor', worker.supervisorName ?? 'Not named yet'],
    ['First point of contact', worker.firstContactName ?? 'Not named yet'],
  ];
  return (
    <Paper component="section" aria-labelledby="worker-details-heading" sx={{ p: 3, maxWidth: 920 }}>
      <Typography id="worker-details-heading" variant="h3" component="h2" gutterBottom>
        Details
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '220px 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}
      >
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        Something wrong here? Your PCN workforce lead keeps the register.
      </Typography>
    </Paper>
  );
}
