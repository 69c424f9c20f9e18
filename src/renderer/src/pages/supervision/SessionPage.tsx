import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import type { SessionFields, SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { isLocked } from '../../../../shared/domain/supervision.ts';
import { formatUkDate, formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { call } from '../../api/client.ts';
import { saveFile } from '../../api/download.ts';
import { href, navigate } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import { draftOf, newDraft } from './sessionDraft.ts';
import type { CompetencyOption } from './SessionForm.tsx';
import { SessionForm } from './SessionForm.tsx';
import { SignOff } from './SignOff.tsx';
import { StaffOnlyField } from './StaffOnlyField.tsx';

function Addendum({ session, onChange }: { session: SupervisionSession; onChange(s: SupervisionSession): void }) {
  const [text, setText] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <Paper component="section" aria-label="Addenda" sx={{ p: 2, mt: 3 }}>
      <Typography variant="h2" gutterBottom>
        Addenda
      </Typography>
      {session.addenda.map((a) => (
        <Typography key={a.id} sx={{ mb: 1 }}>{`${formatUkDateTime(a.createdAt)}, ${a.author}: ${a.text}`}</Typography>
      ))}
      <StaffOnlyField
        label="Add an addendum"
        value={text}
        onChange={setText}
        error={fieldErrors.text ?? formError ?? undefined}
      />
      <Button
        disabled={busy}
        onClick={() =>
          void submit(async () => {
            onChange(await call('supervision.addendum', { sessionId: session.id, text }));
            setText('');
          })
        }
      >
        Add addendum
      </Button>
    </Paper>
  );
}

/** Records a supervision session, then its sign-off; a locked record only takes addenda. */
export function SessionPage({ sessionId, workerId }: { sessionId: number | null; workerId: number | null }) {
  const [session, setSession] = useState<SupervisionSession | null>(null);
  const [kinds, setKinds] = useState<string[]>([]);
  const [supervisorId, setSupervisorId] = useState<number | null>(null);
  const [workerName, setWorkerName] = useState('');
  const [competencies, setCompetencies] = useState<CompetencyOption[]>([]);
  const loadOrganisation = useOrganisationStore((s) => s.load);
  const today = useAppStore((s) => s.status?.today ?? '');

  const load = useCallback(async () => {
    const [settings, s, w] = await Promise.all([
      call('settings.get', {}),
      sessionId === null ? null : call('supervision.get', { id: sessionId }),
      workerId === null ? null : call('worker.get', { id: workerId }),
    ]);
    const role = (w ?? (s ? await call('worker.get', { id: s.workerId }) : null))?.role;
    const covering = (await call('framework.list', {})).find((f) => role !== undefined && f.roles.includes(role));
    const framework = covering ? await call('framework.get', { id: covering.id }) : null;
    setCompetencies(
      framework?.areas.flatMap((a) => a.competencies.map((c) => ({ id: c.id, label: `${a.title}: ${c.title}` }))) ?? [],
    );
    setSession(s);
    setSupervisorId(w?.supervisorId ?? null);
    setWorkerName(s?.workerName ?? w?.name ?? '');
    setKinds(settings.supervisionKinds);
  }, [sessionId, workerId]);
  useEffect(() => {
    void loadOrganisation();
    void load();
  }, [load, loadOrganisation]);

  const forWorker = session?.workerId ?? workerId;
  if (forWorker === null || kinds.length === 0 || (sessionId !== null && !session)) return null;
  const locked = session !== null && isLocked(session);
  const signedOnce = session !== null && (session.workerSignature !== null || session.supervisorSignature !== null);

  const save = async (fields: SessionFields) => {
    const saved = await call('supervision.save', { id: session?.id ?? null, fields });
    if (session === null) navigate(`supervision/${saved.id}`);
    else setSession(saved);
  };
  const printPdf = async () => {
    if (!session) return;
    const file = await call('supervision.pdf', { id: session.id });
    saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
  };

  return (
    <>
      <Link href={href(`staff/${forWorker}/supervision`)}>← {workerName}</Link>
      <PageHeader
        title={session ? `Supervision on ${formatUkDate(session.date)}` : 'Record a supervision session'}
        subtitle={`${workerName}${session ? ` · ${session.kind} · ${locked ? 'signed by both and locked' : 'not yet signed by both'}` : ''}`}
        actions={session && <Button onClick={() => void printPdf()}>Print record (PDF)</Button>}
      />
      {locked || signedOnce ? (
        <Paper sx={{ p: 3 }}>
          {!locked && (
            <Alert severity="info" role="note" sx={{ mb: 2 }}>
              Signed by one person: it can no longer be edited; it locks when both have signed.
            </Alert>
          )}
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '240px 1fr', rowGap: 1, m: 0 }}>
            {[
              ['Supervisor', session?.supervisorName ?? ''],
              ['Duration', `${session?.durationMinutes ?? 0} minutes`],
              ['Caseload', `${session?.caseloadActive ?? '—'} active; ${session?.newReferrals ?? '—'} new referrals`],
              ['Cases discussed', session?.casesDiscussed ?? ''],
              ['Risks and actions taken', session?.risks ?? ''],
              ['Referrals back', session?.referralsBack ?? ''],
              ['Wellbeing', session?.wellbeing ?? ''],
              ['Learning needs', session?.learningNeeds ?? ''],
              [
                'Linked competencies',
                competencies
                  .filter((c) => session?.learningCompetencyIds.includes(c.id))
                  .map((c) => c.label)
                  .join('; '),
              ],
              [
                'Actions',
                session?.actions
                  .map((a) => `${a.description} (${a.owner}, due ${formatUkDate(a.dueDate)})`)
                  .join('; ') ?? '',
              ],
              ['Next session', formatUkDate(session?.nextDate ?? null)],
            ].map(([k, v]) => (
              <Box key={k} sx={{ display: 'contents' }}>
                <Box component="dt" sx={{ color: 'text.secondary' }}>
                  {k}
                </Box>
                <Box component="dd" sx={{ m: 0 }}>
                  {v || '—'}
                </Box>
              </Box>
            ))}
          </Box>
        </Paper>
      ) : (
        <SessionForm
          key={session?.id ?? 'new'}
          workerId={forWorker}
          initial={session ? draftOf(session) : newDraft(supervisorId, kinds[0] ?? '', today)}
          kinds={kinds}
          competencies={competencies}
          onSave={save}
        />
      )}
      {session && <SignOff session={session} onChange={setSession} />}
      {session && locked && <Addendum session={session} onChange={setSession} />}
    </>
  );
}
