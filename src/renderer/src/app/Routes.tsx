import { Suspense } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import Box from '@mui/material/Box';
import { HomePage } from '../pages/home/HomePage.tsx';
import { MatrixPage } from '../pages/matrix/MatrixPage.tsx';
import { StaffListPage } from '../pages/staff/StaffListPage.tsx';
import type { WorkerTab } from '../pages/staff/WorkerPage.tsx';
import { NotAllowed } from '../components/PageState.tsx';
import { useAbilities } from './abilities.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { lazyPage } from './lazy-page.ts';
import { useRoute } from './router.ts';

// Pages other than the home page and the two main views are separate chunks: the first screen loads only what it
// draws, and the rest are fetched once the browser is idle, so opening one later is immediate.
const pages = {
  audit: lazyPage(() => import('../pages/audit/AuditPage.tsx').then((m) => m.AuditPage)),
  organisation: lazyPage(() => import('../pages/organisation/OrganisationPage.tsx').then((m) => m.OrganisationPage)),
  worker: lazyPage(() => import('../pages/staff/WorkerPage.tsx').then((m) => m.WorkerPage)),
  claims: lazyPage(() => import('../pages/claims/ClaimsPage.tsx').then((m) => m.ClaimsPage)),
  currentClaim: lazyPage(() => import('../pages/claims/ClaimsPage.tsx').then((m) => m.CurrentClaim)),
  claimYear: lazyPage(() => import('../pages/claims/ClaimYearPage.tsx').then((m) => m.ClaimYearPage)),
  actions: lazyPage(() => import('../pages/supervision/ActionsPage.tsx').then((m) => m.ActionsPage)),
  session: lazyPage(() => import('../pages/supervision/SessionPage.tsx').then((m) => m.SessionPage)),
  assessment: lazyPage(() => import('../pages/competencies/AssessmentPage.tsx').then((m) => m.AssessmentPage)),
  heatmap: lazyPage(() => import('../pages/competencies/HeatmapPage.tsx').then((m) => m.HeatmapPage)),
  settings: lazyPage(() => import('../pages/settings/SettingsPage.tsx').then((m) => m.SettingsPage)),
  email: lazyPage(() => import('../pages/settings/MyMailPage.tsx').then((m) => m.MyMailPage)),
  supervisees: lazyPage(() => import('../pages/staff/SuperviseesPage.tsx').then((m) => m.SuperviseesPage)),
  reports: lazyPage(() => import('../pages/reports/ReportsPage.tsx').then((m) => m.ReportsPage)),
  caseload: lazyPage(() => import('../pages/caseload/CaseloadPage.tsx').then((m) => m.CaseloadPage)),
  import: lazyPage(() => import('../pages/imports/ImportPage.tsx').then((m) => m.ImportPage)),
  backups: lazyPage(() => import('../pages/backups/BackupsPage.tsx').then((m) => m.BackupsPage)),
};

export function prefetchPages(): void {
  // Only a head start: a page that fails to arrive now is fetched again (and its failure shown) when opened.
  const ahead = () => Object.values(pages).forEach((page) => page.preload().catch(() => undefined));
  window.requestIdleCallback(ahead, { timeout: 5000 });
}

const AuditPage = pages.audit.Page;
const OrganisationPage = pages.organisation.Page;
const WorkerPage = pages.worker.Page;
const ClaimsPage = pages.claims.Page;
const CurrentClaim = pages.currentClaim.Page;
const ClaimYearPage = pages.claimYear.Page;
const ActionsPage = pages.actions.Page;
const SessionPage = pages.session.Page;
const AssessmentPage = pages.assessment.Page;
const HeatmapPage = pages.heatmap.Page;
const SettingsPage = pages.settings.Page;
const MyMailPage = pages.email.Page;
const SuperviseesPage = pages.supervisees.Page;
const ReportsPage = pages.reports.Page;
const CaseloadPage = pages.caseload.Page;
const ImportPage = pages.import.Page;
const BackupsPage = pages.backups.Page;

const WORKER_TABS: readonly WorkerTab[] = [
  'details',
  'training',
  'induction',
  'competencies',
  'supervision',
  'pay',
  'caseload',
  'cpd',
];

export function Routes() {
  const { path } = useRoute();
  const { wayHome } = useAbilities();
  return (
    // A new address gets a fresh boundary, so one broken page doesn't stay broken after moving on.
    <ErrorBoundary key={path.join('/')} wayHome={wayHome}>
      <Suspense
        fallback={
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 8 }}>
            <CircularProgress aria-label="Loading the page" />
          </Box>
        }
      >
        <Page />
      </Suspense>
    </ErrorBoundary>
  );
}

function Page() {
  const route = useRoute();
  const abilities = useAbilities();
  const { query } = route;
  // The bare address is the person's home page (pages/home/HomePage.tsx chooses what it shows by role).
  const path = route.path.length > 0 ? route.path : abilities.home.split('/');
  // An address outside the person's part says so, rather than drawing a page whose every call is refused.
  const refused = abilities.refusalOf(path, query);
  if (refused) return <NotAllowed message={refused} />;
  const [section = 'staff', id, tab] = path;
  switch (section) {
    case 'home':
      return <HomePage />;
    case 'supervisees':
      return <SuperviseesPage />;
    case 'claims': {
      const month = query.get('month');
      if (month) return <ClaimsPage key={month} month={month} />;
      if (id === 'current') return <CurrentClaim />;
      const year = query.get('year');
      return <ClaimYearPage key={year ?? 'current'} year={year} />;
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
    case 'reports':
      return <ReportsPage />;
    case 'caseload':
      return <CaseloadPage />;
    case 'import':
      return <ImportPage />;
    case 'backups':
      return <BackupsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'email':
      return <MyMailPage />;
    case 'organisation':
      return <OrganisationPage />;
    case 'audit':
      return <AuditPage query={query} />;
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
