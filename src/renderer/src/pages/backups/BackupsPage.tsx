import { PageHeader } from '../../components/PageHeader.tsx';

/** The backups of the data file and its evidence, and restoring one (being built). */
export function BackupsPage() {
  return <PageHeader title="Backups" subtitle="Not ready yet." />;
}
