import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { NextStepLink } from '../../../../shared/domain/home.ts';
import { href } from '../../app/router.ts';
import { PageState } from '../../components/PageState.tsx';
import { workerHome } from '../../stores/home.ts';
import { HomeCard } from './HomeCard.tsx';

/** Where a step is put right: the tab of the worker's page (at the requirement), the session or the assessment. */
function addressOf(workerId: number, link: NextStepLink): string {
  switch (link.to) {
    case 'session':
      return `supervision/${link.sessionId}`;
    case 'assessment':
      return `assessments/${link.assessmentId}`;
    default: {
      const at = link.requirementId ? `?requirement=${encodeURIComponent(link.requirementId)}` : '';
      return `staff/${workerId}/${link.to}${at}`;
    }
  }
}

/** What a worker must do next, lapsed first and then by date, each a link to where it is done; null: the caller's. */
export function WorkerHome({ workerId }: { workerId: number | null }) {
  const state = workerHome.use(workerId);
  return (
    <PageState state={state} what="your next steps" retry={() => void workerHome.load(workerId)}>
      {(home) => (
        <HomeCard title={workerId === null ? 'What I need to do next' : `Next steps for ${home.worker.name}`} wide>
          {home.steps.length === 0 ? (
            <Typography>Nothing is due in the next three months: everything is done and in date.</Typography>
          ) : (
            <ol aria-label="Next steps, in date order" style={{ margin: 0, paddingLeft: 20 }}>
              {home.steps.map((step) => (
                <li key={`${step.what} ${addressOf(home.worker.id, step.link)}`} style={{ marginBottom: 4 }}>
                  <Link href={href(addressOf(home.worker.id, step.link))} underline="hover">
                    {step.what}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </HomeCard>
      )}
    </PageState>
  );
}
