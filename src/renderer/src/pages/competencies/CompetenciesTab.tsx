import { PageState } from '../../components/PageState.tsx';
import { competencyProfile } from '../../stores/competencies.ts';
import { AssessmentList } from './AssessmentList.tsx';
import { PlanSection } from './PlanSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';

/** A worker's competency profile, their assessments and their development plan. */
export function CompetenciesTab({ workerId }: { workerId: number }) {
  const state = competencyProfile.use(workerId);
  return (
    <PageState state={state} what="this worker's competencies" retry={() => void competencyProfile.load(workerId)}>
      {(profile) => (
        <>
          <AssessmentList workerId={workerId} assessments={profile.assessments} />
          <ProfileSection profile={profile} />
          <PlanSection workerId={workerId} profile={profile} />
        </>
      )}
    </PageState>
  );
}
