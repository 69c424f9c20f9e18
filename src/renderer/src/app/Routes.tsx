import { AuditPage } from '../pages/audit/AuditPage.tsx';
import { OrganisationPage } from '../pages/organisation/OrganisationPage.tsx';
import { StaffListPage } from '../pages/staff/StaffListPage.tsx';
import type { WorkerTab } from '../pages/staff/WorkerPage.tsx';
import { WorkerPage } from '../pages/staff/WorkerPage.tsx';
import { MatrixPage } from '../pages/matrix/MatrixPage.tsx';
import { ClaimsPage, CurrentClaim } from '../pages/claims/ClaimsPage.tsx';
import { ActionsPage } from '../pages/supervision/ActionsPage.tsx';
import { SessionPage } from '../pages/supervision/SessionPage.tsx';
import { AssessmentPage } from '../pages/competencies/AssessmentPage.tsx';
import { HeatmapPage } from '../pages/competencies/HeatmapPage.tsx';
import { SettingsPage } from '../pages/settings/SettingsPage.tsx';
import { useRoute } from './router.ts';

const WORKER_TABS: readonly WorkerTab[] = ['details', 'training', 'induction', 'competencies', 'supervision', 'pay'];

export function Routes() {
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
