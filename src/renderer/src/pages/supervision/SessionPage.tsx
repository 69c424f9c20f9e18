import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useEffect, useState } from 'react';
import { useAbilities } from '../../app/abilities.ts';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import type { SessionFields, SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { isLocked } from '../../../../shared/domain/supervision.ts';
import { formatUkDate, parseUkDate } from '../../../../shared/rules/dates.ts';
import { href, navigate } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { WayBack } from '../../components/PageState.tsx';
import { NotFound, PageState } from '../../components/PageState.tsx';
import { useAppStore } from '../../stores/app.ts';
import { attempt } from '../../stores/notices.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import { workerRecord } from '../../stores/staff.ts';
import type { SessionChoices } from '../../stores/supervision.ts';
import { downloadSessionRecord, saveSession, supervisionSession, useSessionChoices } from '../../stores/supervision.ts';
import { Addenda } from './Addenda.tsx';
import { draftOf, newDraft } from './sessionDraft.ts';
import { SessionForm } from './SessionForm.tsx';
import { SessionRecord } from './SessionRecord.tsx';
import { useCaseloadPrefill } from '../caseload/useCaseloadPrefill.ts';
import { RecentCpd } from '../cpd/RecentCpd.tsx';
import { SignOff } from './SignOff.tsx';

const ACTIONS_LIST: WayBack = { href: href('supervision'), label: 'Back to the supervision actions' };

/** Records a supervision session (`sessionId` null: a new one for `workerId`), then its sign-off. */
export function SessionPage({ sessionId, workerId }: { sessionId: number | null; workerId: number | null }) {
  const { wayHome } = useAbilities();
  if (sessionId !== null) return <SavedSession sessionId={sessionId} />;
  if (workerId === null) {
    return <NotFound what="the worker" message="The address does not say whose session to record." back={wayHome} />;
  }
  return <WorkerSession workerId={workerId} session={null} />;
}

function SavedSession({ sessionId }: { sessionId: number }) {
  const state = supervisionSession.use(sessionId);
  const { readsAll } = useAbilities();
  return (
    <PageState
      state={state}
      what="the supervision record"
      back={readsAll ? ACTIONS_LIST : undefined}
      retry={() => void supervisionSession.load(sessionId)}
    >
      {(session) => <WorkerSession workerId={session.workerId} session={session} />}
    </PageState>
  );
}

function WorkerSession({ workerId, session }: { workerId: number; session: SupervisionSession | null }) {
  const state = workerRecord.use(workerId);
  return (
    <PageState state={state} what="this worker" retry={() => void workerRecord.load(workerId)}>
      {(worker) => <WithChoices worker={worker} session={session} />}
    </PageState>
  );
}

function WithChoices({ worker, session }: { worker: WorkerRow; session: SupervisionSession | null }) {
  const { state, retry } = useSessionChoices(worker.role);
  return (
    <PageState state={state} what="the kinds of session and the competencies" retry={retry}>
      {(choices) => <Session worker={worker} session={session} choices={choices} />}
    </PageState>
  );
}

interface SessionProps {
  worker: WorkerRow;
  session: SupervisionSession | null;
  choices: SessionChoices;
}

/** The record and its sign-off: editable until the first signature, and only open to addenda once locked. */
function Session({ worker, session, choices }: SessionProps) {
  const signed = session !== null && (session.workerSignature !== null || session.supervisorSignature !== null);
  // The supervisor (or the lead) writes the record; the worker reads it and signs.
  const writes = useAbilities().mayChange(worker.id, { supervisor: true, self: false });
  const stage =
    session === null
      ? ''
      : ` · ${session.kind} · ${isLocked(session) ? 'signed by both and locked' : 'not yet signed by both'}`;
  return (
    <>
      <Link href={href(`staff/${worker.id}/supervision`)}>← {worker.name}</Link>
      <PageHeader
        title={session ? `Supervision on ${formatUkDate(session.date)}` : 'Record a supervision session'}
        subtitle={`${session?.workerName ?? worker.name}${stage}`}
        actions={
          session && (
            <Button onClick={() => attempt('print the supervision record', () => downloadSessionRecord(session.id))}>
              Print record (PDF)
            </Button>
          )
        }
      />
      {session && (signed || !writes) ? (
        <SessionRecord session={session} competencies={choices.competencies} />
      ) : (
        <SessionEditor worker={worker} session={session} choices={choices} />
      )}
      {session && <SignOff session={session} />}
      {session && isLocked(session) && <Addenda session={session} />}
    </>
  );
}

function SessionEditor({ worker, session, choices }: SessionProps) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const organisation = useOrganisationStore((s) => s.state);
  const loadOrganisation = useOrganisationStore((s) => s.load);
  // The session's date, not today's, as an older session may be opened or a past one recorded: the caseload
  // starts from the figures up to the date the form starts with, and the CPD beside it follows the date as typed.
  const startDate = session?.date ?? today;
  const formKey = session?.id ?? 'new';
  // Kept with the form it was typed in, so another session opened here starts from its own date.
  const [typed, setTyped] = useState<{ formKey: number | 'new'; date: string } | null>(null);
  const typedDate = typed?.formKey === formKey ? typed.date : null;
  const prefill = useCaseloadPrefill(worker, session === null, startDate);
  useEffect(() => {
    if (organisation.status === 'loading') void loadOrganisation();
  }, [organisation.status, loadOrganisation]);

  const save = async (fields: SessionFields) => {
    const saved = await saveSession(session?.id ?? null, fields);
    if (session === null) navigate(`supervision/${saved.id}`);
  };
  // The supervisor is chosen from the organisation's colleagues.
  if (!prefill.ready) return null;
  return (
    <PageState state={organisation} what="the colleagues" retry={() => void loadOrganisation()}>
      {() => (
        <>
          <RecentCpd workerId={worker.id} sessionDate={typedDate ?? startDate} />
          <SessionForm
            key={formKey}
            workerId={worker.id}
            initial={
              session
                ? draftOf(session)
                : {
                    ...newDraft(worker.supervisorId, choices.kinds[0] ?? '', today),
                    caseloadActive: prefill.caseloadActive,
                    newReferrals: prefill.newReferrals,
                  }
            }
            caseloadSource={prefill.source}
            onDateChange={(text) => {
              const iso = parseUkDate(text);
              if (iso) setTyped({ formKey, date: iso });
            }}
            kinds={choices.kinds}
            competencies={choices.competencies}
            onSave={save}
          />
        </>
      )}
    </PageState>
  );
}
