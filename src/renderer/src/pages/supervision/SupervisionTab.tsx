import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { WorkerRequirement } from '../../../../shared/domain/compliance.ts';
import { href } from '../../app/router.ts';
import { useAbilities } from '../../app/abilities.ts';
import { PageState } from '../../components/PageState.tsx';
import { RequirementStatusBadge } from '../../components/StatusBadge.tsx';
import { useAppStore } from '../../stores/app.ts';
import { workerSupervision } from '../../stores/supervision.ts';
import { OpenActionsTable } from './OpenActionsTable.tsx';
import { SessionsSection } from './SessionsSection.tsx';

/** A worker's supervision: cadence against what is expected, the sessions, open actions and the printable log. */
export function SupervisionTab({ workerId }: { workerId: number }) {
  const state = workerSupervision.use(workerId);
  return (
    <PageState state={state} what="this worker's supervision" retry={() => void workerSupervision.load(workerId)}>
      {(overview) => (
        <>
          <Cadence workerId={workerId} cadence={overview.cadence} />
          <SessionsSection workerId={workerId} sessions={overview.sessions} />
          <Paper component="section" aria-label="Open actions" sx={{ p: 2 }}>
            <Typography variant="h2" gutterBottom>
              Open actions
            </Typography>
            <OpenActionsTable actions={overview.openActions} showWorker={false} />
          </Paper>
        </>
      )}
    </PageState>
  );
}

function Cadence({ workerId, cadence }: { workerId: number; cadence: WorkerRequirement[] }) {
  const mayRecord = useAbilities().mayChange(workerId, { supervisor: true, self: false });
  const today = useAppStore((s) => s.status?.today ?? '');
  return (
    <Paper component="section" aria-label="Cadence" sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" sx={{ flexGrow: 1 }}>
          Cadence
        </Typography>
        {mayRecord && (
          <Button variant="contained" href={href(`supervision/new?worker=${workerId}`)}>
            Record a session
          </Button>
        )}
      </Box>
      {cadence.length === 0 && (
        <Typography>No supervision is expected for this role (Settings → Requirements).</Typography>
      )}
      {cadence.map((c) => (
        <Box key={c.requirement.id} sx={{ display: 'flex', gap: 2, alignItems: 'center', py: 1 }}>
          <RequirementStatusBadge status={c.status} today={today} />
          <Box>
            <strong>{c.requirement.title}</strong>
            <Typography variant="body2" color="text.secondary">
              {c.status.reason}
            </Typography>
          </Box>
        </Box>
      ))}
    </Paper>
  );
}
