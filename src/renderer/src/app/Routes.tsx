import { AuditPage } from '../pages/audit/AuditPage.tsx';
import { OrganisationPage } from '../pages/organisation/OrganisationPage.tsx';
import { StaffListPage } from '../pages/staff/StaffListPage.tsx';
import { WorkerPage } from '../pages/staff/WorkerPage.tsx';
import { useRoute } from './router.ts';

export function Routes() {
  const { path, query } = useRoute();
  const [section = 'staff', id] = path;
  switch (section) {
    case 'organisation':
      return <OrganisationPage />;
    case 'audit': {
      const worker = Number(query.get('worker'));
      return <AuditPage workerId={Number.isInteger(worker) && worker > 0 ? worker : null} />;
    }
    case 'staff':
    default:
      if (id === 'new') return <WorkerPage key="new" workerId={null} />;
      if (id && /^\d+$/.test(id)) return <WorkerPage key={id} workerId={Number(id)} />;
      return <StaffListPage />;
  }
}
