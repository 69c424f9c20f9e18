import Button from '@mui/material/Button';
import { useAbilities } from '../../app/abilities.ts';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAppStore } from '../../stores/app.ts';
import { CardGrid } from './HomeCard.tsx';
import { LeadHome } from './LeadHome.tsx';
import { SupervisorHome } from './SupervisorHome.tsx';
import { WorkerHome } from './WorkerHome.tsx';

/**
 * The first screen after the welcome, by role: the PCN's figures for those who read everything (personal mode,
 * the lead, the viewer), and in personal mode also the next steps or supervisees of whoever is chosen under
 * "Acting as"; a supervisor's people and a worker's next steps for everyone else, both for someone who is both.
 */
export function HomePage() {
  const { readsAll, selfId, supervisees } = useAbilities();
  const acting = useAppStore((s) => (s.status?.mode === 'personal' ? (s.status.currentUser.person ?? null) : null));
  if (readsAll) {
    return (
      <>
        <LeadHome />
        {acting && (
          <div style={{ marginTop: 16 }}>
            <CardGrid>
              {acting.kind === 'worker' ? (
                <WorkerHome workerId={acting.id} />
              ) : (
                <SupervisorHome colleagueId={acting.id} />
              )}
            </CardGrid>
          </div>
        )}
      </>
    );
  }
  const supervises = supervisees.size > 0 || selfId === null;
  return (
    <>
      <PageHeader
        title="Home"
        subtitle="What needs doing next"
        actions={selfId !== null && <Button href={href(`staff/${selfId}`)}>My own page</Button>}
      />
      <CardGrid>
        {selfId !== null && <WorkerHome workerId={null} />}
        {supervises && <SupervisorHome colleagueId={null} />}
      </CardGrid>
    </>
  );
}
