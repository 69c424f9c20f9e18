import { PageHeader } from '../../components/PageHeader.tsx';

/** Bringing the staff register and past training records in from a spreadsheet (the wizard is being built). */
export function ImportPage() {
  return <PageHeader title="Import from a spreadsheet" subtitle="Not ready yet." />;
}
