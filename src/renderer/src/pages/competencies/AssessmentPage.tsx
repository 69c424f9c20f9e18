import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import type { AssessmentDetail } from '../../../../shared/domain/competencies.ts';
import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/domain/competencies.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { assessmentRecord, downloadAssessmentPdf } from '../../stores/competencies.ts';
import { attempt } from '../../stores/notices.ts';
import { DraftAssessment } from './DraftAssessment.tsx';
import { ReviewAssessment } from './ReviewAssessment.tsx';
import { useAssessment } from './useAssessment.ts';

export function AssessmentPage({ assessmentId }: { assessmentId: number }) {
  const state = assessmentRecord.use(assessmentId);
  const { readsAll } = useAbilities();
  return (
    <PageState
      state={state}
      what="the assessment"
      back={readsAll ? { href: href('competencies'), label: 'Back to the competency heat map' } : undefined}
      retry={() => void assessmentRecord.load(assessmentId)}
    >
      {(detail) => <AssessmentView detail={detail} />}
    </PageState>
  );
}

function AssessmentView({ detail }: { detail: AssessmentDetail }) {
  const { assessment: a, framework } = detail;
  const ratings = useAssessment(detail);
  // The draft is the worker's to rate (the lead may help, as on one computer); others see it once submitted.
  const rates = useAbilities().mayChange(a.workerId, { supervisor: false, self: true });
  return (
    <>
      <Link href={href(`staff/${a.workerId}/competencies`)}>← {a.workerName}</Link>
      <PageHeader
        title={a.status === 'draft' ? `Self-assessment: ${a.workerName}` : `Competency assessment: ${a.workerName}`}
        subtitle={
          <>
            {framework.title}, version {framework.version} · {a.kind === 'baseline' ? 'Baseline' : 'Annual'}{' '}
            <Chip
              size="small"
              label={ASSESSMENT_STATUS_LABELS[a.status]}
              color={a.status === 'signed' ? 'success' : 'default'}
              variant="outlined"
            />
          </>
        }
        actions={
          <Button onClick={() => attempt('print the assessment', () => downloadAssessmentPdf(a.id))}>
            Print (PDF)
          </Button>
        }
      />
      {a.status === 'draft' && !rates ? (
        <Alert severity="info" role="status">
          {`${a.workerName} is still rating their competencies. You can review this assessment once they submit it.`}
        </Alert>
      ) : a.status === 'draft' ? (
        <DraftAssessment detail={detail} ratings={ratings} />
      ) : (
        <ReviewAssessment detail={detail} ratings={ratings} />
      )}
    </>
  );
}
