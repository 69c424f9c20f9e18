import { lazy, Suspense } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import Box from '@mui/material/Box';
import { MatrixPage } from '../pages/matrix/MatrixPage.tsx';
import { StaffListPage } from '../pages/staff/StaffListPage.tsx';
import type { WorkerTab } from '../pages/staff/WorkerPage.tsx';
import { useRoute } from './router.ts';

// Pages other than the two main views are fetched the first time they are opened, so the first screen loads only what it draws.
const AuditPage = lazy(() => import('../pages/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const OrganisationPage = lazy(() =>
  import('../pages/organisation/OrganisationPage.tsx').then((m) => ({ default: m.OrganisationPage })),
);
const WorkerPage = lazy(() => import('../pages/staff/WorkerPage.tsx').then((m) => ({ default: m.WorkerPage })));
const ClaimsPage = lazy(() => import('../pages/claims/ClaimsPage.tsx').then((m) => ({ default: m.ClaimsPage })));
const CurrentClaim = lazy(() => import('../pages/claims/ClaimsPage.tsx').then((m) => ({ default: m.CurrentClaim })));
const ActionsPage = lazy(() =>
  import('../pages/supervision/ActionsPage.tsx').then((m) => ({ default: m.ActionsPage })),
);
const SessionPage = lazy(() =>
  import('../pages/supervision/SessionPage.tsx').then((m) => ({ default: m.SessionPage })),
);
const AssessmentPage = lazy(() =>
  import('../pages/competencies/AssessmentPage.tsx').then((m) => ({ default: m.AssessmentPage })),
);
const HeatmapPage = lazy(() =>
  import('../pages/competencies/HeatmapPage.tsx').then((m) => ({ default: m.HeatmapPage })),
);
const SettingsPage = lazy(() =>
  import('../pages/settings/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })),
);

const WORKER_TABS: readonly WorkerTab[] = ['details', 'training', 'induction', 'competencies', 'supervision', 'pay'];

export function Routes() {
  return (
    <Suspense
      fallback={
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 8 }}>
          <CircularProgress aria-label="Loading the page" />
        </Box>
      }
    >
      <Page />
    </Suspense>
  );
}

function Page() {
  const { path, query } = useRoute();
  const [section = 'staff', id, tab] = path;
  switch (section) {
    case 'claims': {
      const month = query.get('month');
      return month && /^\d{4}-\d{2}$/.test(month) ? <ClaimsPage key={month} month={month} /> : <CurrentClaim />;
    }
    case 'supervision': {
      if (id === 'new') {
        const worker = Number(query.get('worker'));
        return (
          <SessionPage key="new" sessionId={null} workerId={Number.isInteger(worker) && worker > 0 ? worker : null} />
        );
      }
      if (id && /^\d+$/.test(id)) return <SessionPage key={id} sessionId={Number(id)} workerId={null} />;
      return <ActionsPage />;
    }
    case 'competencies':
      return <HeatmapPage />;
    case 'assessments':
      return id && /^\d+$/.test(id) ? <AssessmentPage key={id} assessmentId={Number(id)} /> : <HeatmapPage />;
    case 'matrix':
      return <MatrixPage />;
    case 'settings':
      return <SettingsPage />;
    case 'organisation':
      return <OrganisationPage />;
    case 'audit': {
      const worker = Number(query.get('worker'));
      return <AuditPage workerId={Number.isInteger(worker) && worker > 0 ? worker : null} />;
    }
    case 'staff':
    default:
      if (id === 'new') return <WorkerPage key="new" workerId={null} />;
      if (id && /^\d+$/.test(id)) {
        const workerTab: WorkerTab = WORKER_TABS.includes(tab as WorkerTab) ? (tab as WorkerTab) : 'details';
        return <WorkerPage key={id} workerId={Number(id)} tab={workerTab} highlight={query.get('requirement')} />;
      }
      return <StaffListPage />;
  }
}
