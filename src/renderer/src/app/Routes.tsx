import { AuditPage } from '../pages/audit/AuditPage.tsx';
import { OrganisationPage } from '../pages/organisation/OrganisationPage.tsx';
import { StaffListPage } from '../pages/staff/StaffListPage.tsx';
import type { WorkerTab } from '../pages/staff/WorkerPage.tsx';
import { WorkerPage } from '../pages/staff/WorkerPage.tsx';
import { MatrixPage } from '../pages/matrix/MatrixPage.tsx';
import { ActionsPage } from '../pages/supervision/ActionsPage.tsx';
import { SessionPage } from '../pages/supervision/SessionPage.tsx';
import { AssessmentPage } from '../pages/competencies/AssessmentPage.tsx';
import { HeatmapPage } from '../pages/competencies/HeatmapPage.tsx';
import { SettingsPage } from '../pages/settings/SettingsPage.tsx';
import { useRoute } from './router.ts';

export function Routes() {
  const { path, query } = useRoute();
  const [section = 'staff', id, tab] = path;
  switch (section) {
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
        const workerTab: WorkerTab =
          tab === 'training' || tab === 'induction' || tab === 'competencies' || tab === 'supervision'
            ? tab
            : 'details';
        return <WorkerPage key={id} workerId={Number(id)} tab={workerTab} highlight={query.get('requirement')} />;
      }
      return <StaffListPage />;
  }
}
