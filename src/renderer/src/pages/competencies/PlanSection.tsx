import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Profile } from '../../../../shared/domain/competencies.ts';
import { PageState } from '../../components/PageState.tsx';
import { assessmentRecord } from '../../stores/competencies.ts';
import { DevelopmentPlan } from './DevelopmentPlan.tsx';

/** The development plan, with the competencies of the framework the latest signed assessment used. */
export function PlanSection({ workerId, profile }: { workerId: number; profile: Profile }) {
  const latestId = profile.latest?.assessment.id ?? null;
  const latest = assessmentRecord.use(latestId ?? 0, latestId !== null);
  return (
    <Paper component="section" aria-label="Development plan" sx={{ p: 2 }}>
      <Typography variant="h2" gutterBottom>
        Development plan
      </Typography>
      {latestId === null ? (
        <DevelopmentPlan workerId={workerId} actions={profile.actions} framework={null} />
      ) : (
        <PageState
          state={latest}
          what="the latest signed assessment"
          retry={() => void assessmentRecord.load(latestId)}
        >
          {(detail) => <DevelopmentPlan workerId={workerId} actions={profile.actions} framework={detail.framework} />}
        </PageState>
      )}
    </Paper>
  );
}
