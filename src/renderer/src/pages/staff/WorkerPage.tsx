import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Snackbar from '@mui/material/Snackbar';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useEffect, useState } from 'react';
import type { WorkerFields, WorkerRow } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href, navigate } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { HandoutSection } from '../handouts/HandoutSection.tsx';
import { SignInAccountSection } from '../accounts/SignInAccount.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useAppStore } from '../../stores/app.ts';
import { downloadWorkerCalendar } from '../../stores/compliance.ts';
import { attempt } from '../../stores/notices.ts';
import { downloadWorkerPack } from '../../stores/packs.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import { saveWorker, workerRecord } from '../../stores/staff.ts';
import { EmploymentChip } from './EmploymentChip.tsx';
import { LeaverActions } from './LeaverActions.tsx';
import { RemoveDialog } from './RemoveDialog.tsx';
import { SubscribeInOutlook } from './SubscribeInOutlook.tsx';
import { draftOf, emptyDraft } from './workerDraft.ts';
import { WorkerForm } from './WorkerForm.tsx';
import { WorkerSummary } from './WorkerSummary.tsx';
import { InductionTab } from './training/InductionTab.tsx';
import { CompetenciesTab } from '../competencies/CompetenciesTab.tsx';
import { useHasFramework } from '../competencies/useHasFramework.ts';
import { EvidencePackButton } from '../packs/EvidencePackButton.tsx';
import { SupervisionTab } from '../supervision/SupervisionTab.tsx';
import { PayTab } from './PayTab.tsx';
import { TrainingTab } from './training/TrainingTab.tsx';
import { CaseloadTab } from '../caseload/CaseloadTab.tsx';
import { CpdTab } from '../cpd/CpdTab.tsx';

export type WorkerTab =
  'details' | 'training' | 'induction' | 'competencies' | 'supervision' | 'pay' | 'caseload' | 'cpd';

interface WorkerPageProps {
  workerId: number | null;
  tab?: WorkerTab;
  highlight?: string | null;
}

/** A worker's page: their details and a tab for each part of their record; or the form for a new worker. */
export function WorkerPage({ workerId, tab = 'details', highlight = null }: WorkerPageProps) {
  const loadOrganisation = useOrganisationStore((s) => s.load);
  const organisation = useOrganisationStore((s) => s.state);
  const state = workerRecord.use(workerId ?? 0, workerId !== null);

  useEffect(() => {
    void loadOrganisation();
  }, [loadOrganisation]);

  // The form's employer, practice and supervisor lists come from the organisation.
  if (organisation.status !== 'ready') {
    return (
      <PageState state={organisation} what="the organisation" retry={() => void loadOrganisation()}>
        {() => null}
      </PageState>
    );
  }
  if (workerId === null) return <WorkerSections worker={null} tab="details" highlight={null} />;
  return (
    <PageState state={state} what="this worker" retry={() => void workerRecord.load(workerId)}>
      {(worker) => <WorkerSections worker={worker} tab={tab} highlight={highlight} />}
    </PageState>
  );
}

function WorkerSections({
  worker,
  tab,
  highlight,
}: {
  worker: WorkerRow | null;
  tab: WorkerTab;
  highlight: string | null;
}) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const { readsAll, changesAll, selfId, supervisees } = useAbilities();
  // Any role a framework covers has competencies; the tab shows while it is open whatever the list says.
  const hasCompetencies = useHasFramework(worker?.role) || tab === 'competencies';
  const [removing, setRemoving] = useState(false);
  const [saved, setSaved] = useState(false);

  const onSave = async (fields: WorkerFields) => {
    const id = await saveWorker(worker?.id ?? null, fields);
    setSaved(true);
    if (worker === null) navigate(`staff/${id}`);
  };

  return (
    <>
      {readsAll ? (
        <Link href={href('staff')}>← Staff register</Link>
      ) : (
        worker && supervisees.has(worker.id) && <Link href={href('supervisees')}>← My supervisees</Link>
      )}
      <PageHeader
        title={worker ? (worker.id === selfId ? `${worker.name} (you)` : worker.name) : 'Add a worker'}
        subtitle={
          worker ? (
            <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
              {ROLE_LABELS[worker.role]} · {worker.employerName} <EmploymentChip worker={worker} today={today} />
            </Box>
          ) : (
            'Everyone in a personalised care role, whether or not ARRS pays for them'
          )
        }
        actions={
          worker && (
            <>
              <Button onClick={() => attempt('download the calendar', () => downloadWorkerCalendar(worker.id))}>
                Download calendar (.ics)
              </Button>
              <SubscribeInOutlook worker={worker} />
              <EvidencePackButton
                name={worker.name}
                label="Download evidence pack"
                download={() => downloadWorkerPack(worker.id)}
              />
              {readsAll && <Button href={href(`audit?worker=${worker.id}`)}>History</Button>}
              {changesAll && (
                <>
                  <LeaverActions worker={worker} today={today} />
                  <Button color="error" onClick={() => setRemoving(true)}>
                    Remove…
                  </Button>
                </>
              )}
            </>
          )
        }
      />
      {worker && (
        <Tabs value={tab} sx={{ mb: 2 }} aria-label="Worker sections">
          <Tab value="details" label="Details" component="a" href={href(`staff/${worker.id}`)} />
          <Tab
            value="training"
            label="Training and requirements"
            component="a"
            href={href(`staff/${worker.id}/training`)}
          />
          <Tab value="induction" label="Induction" component="a" href={href(`staff/${worker.id}/induction`)} />
          <Tab value="supervision" label="Supervision" component="a" href={href(`staff/${worker.id}/supervision`)} />
          <Tab value="cpd" label="CPD" component="a" href={href(`staff/${worker.id}/cpd`)} />
          {worker.role === 'splw' && (
            <Tab value="caseload" label="Caseload" component="a" href={href(`staff/${worker.id}/caseload`)} />
          )}
          {readsAll && <Tab value="pay" label="Pay" component="a" href={href(`staff/${worker.id}/pay`)} />}
          {hasCompetencies && (
            <Tab
              value="competencies"
              label="Competencies"
              component="a"
              href={href(`staff/${worker.id}/competencies`)}
            />
          )}
        </Tabs>
      )}
      {worker && tab === 'training' && <TrainingTab workerId={worker.id} highlight={highlight} />}
      {worker && tab === 'induction' && <InductionTab workerId={worker.id} />}
      {worker && tab === 'competencies' && <CompetenciesTab workerId={worker.id} />}
      {worker && tab === 'supervision' && <SupervisionTab workerId={worker.id} />}
      {worker && tab === 'pay' && <PayTab workerId={worker.id} />}
      {worker && tab === 'cpd' && <CpdTab workerId={worker.id} role={worker.role} />}
      {worker && tab === 'caseload' && worker.role === 'splw' && <CaseloadTab workerId={worker.id} />}
      {worker && tab === 'details' && !changesAll && <WorkerSummary worker={worker} />}
      {(!worker || tab === 'details') && changesAll && (
        <WorkerForm
          key={worker ? JSON.stringify(worker) : 'new'}
          initial={worker ? draftOf(worker) : emptyDraft}
          submitLabel={worker ? 'Save changes' : 'Add worker'}
          onSave={onSave}
        />
      )}
      {worker && tab === 'details' && worker.role === 'splw' && <HandoutSection worker={worker} today={today} />}
      {worker && tab === 'details' && (
        <SignInAccountSection person={{ kind: 'worker', id: worker.id, name: worker.name }} />
      )}
      {worker && (
        <RemoveDialog
          open={removing}
          worker={worker}
          onClose={() => setRemoving(false)}
          onDone={() => navigate('staff')}
        />
      )}
      <Snackbar open={saved} autoHideDuration={3000} onClose={() => setSaved(false)} message="Saved" />
    </>
  );
}
