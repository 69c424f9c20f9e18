import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CpdEntry, CpdLog } from '../../../../shared/domain/cpd.ts';
import type { Role } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { useAbilities } from '../../app/abilities.ts';
import { PageState } from '../../components/PageState.tsx';
import { useAppStore } from '../../stores/app.ts';
import { framework, frameworkList } from '../../stores/competencies.ts';
import { cpdLog } from '../../stores/cpd.ts';
import { dataOf } from '../../stores/loadable.ts';
import { attempt } from '../../stores/notices.ts';
import { downloadEvidence } from '../../stores/training.ts';
import type { CompetencyOption } from './CpdEntryDialog.tsx';
import { CpdEntryDialog } from './CpdEntryDialog.tsx';
import { CpdSuggestionCard } from './CpdSuggestionCard.tsx';
import { RemoveCpdDialog } from './RemoveCpdDialog.tsx';

/** A person's CPD and peer-support log: events to log in one click, the entries, and a form to add or change one. */
export function CpdTab({ workerId, role }: { workerId: number; role: Role }) {
  const state = cpdLog.use(workerId);
  return (
    <PageState state={state} what="this person's CPD log" retry={() => void cpdLog.load(workerId)}>
      {(log) => <CpdLogSection workerId={workerId} role={role} log={log} />}
    </PageState>
  );
}

/** The competencies of the framework in force for the role, to link an entry to (none until known). */
function useCompetencies(role: Role): CompetencyOption[] {
  const id = dataOf(frameworkList.use(null))?.find((f) => f.roles.includes(role))?.id;
  const document = dataOf(framework.use(id ?? '', id !== undefined));
  return document?.areas.flatMap((a) => a.competencies.map((c) => ({ id: c.id, title: c.title }))) ?? [];
}

function CpdLogSection({ workerId, role, log }: { workerId: number; role: Role; log: CpdLog }) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const editable = useAbilities().mayChange(workerId, { supervisor: true, self: true });
  const competencies = useCompetencies(role);
  const [editing, setEditing] = useState<CpdEntry | 'new' | null>(null);
  const [removing, setRemoving] = useState<CpdEntry | null>(null);
  const kindLabel = new Map(log.kinds.map((k) => [k.id, k.label]));
  const hours = log.entries.reduce((sum, e) => sum + e.hours, 0);

  return (
    <Paper component="section" aria-labelledby="cpd-heading" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" id="cpd-heading">
          CPD and peer support
        </Typography>
        {editable && (
          <Button variant="contained" onClick={() => setEditing('new')}>
            Log CPD
          </Button>
        )}
      </Stack>
      {editable && log.suggestions.length > 0 && (
        <Stack spacing={1} sx={{ mb: 2 }}>
          {log.suggestions.map((s) => (
            <CpdSuggestionCard key={s.eventKey} workerId={workerId} suggestion={s} />
          ))}
        </Stack>
      )}
      {log.entries.length === 0 ? (
        <Typography color="text.secondary">
          Nothing logged yet. Peer-support networks, webinars, courses, reading and shadowing all count.
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {countOf(log.entries.length, 'entry', 'entries')}, {countOf(hours, 'hour')} in all.
          </Typography>
          <TableContainer>
            <Table size="small" aria-label="CPD log">
              <TableHead>
                <TableRow>
                  <TableCell>Date</TableCell>
                  <TableCell>Kind</TableCell>
                  <TableCell>Title</TableCell>
                  <TableCell align="right">Hours</TableCell>
                  <TableCell>What I learned</TableCell>
                  <TableCell>Evidence</TableCell>
                  {editable && <TableCell aria-label="Actions" />}
                </TableRow>
              </TableHead>
              <TableBody>
                {log.entries.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>{formatUkDate(e.date)}</TableCell>
                    <TableCell>{kindLabel.get(e.kind) ?? e.kind}</TableCell>
                    <TableCell>{e.title}</TableCell>
                    <TableCell align="right">{e.hours}</TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{e.learned || '—'}</TableCell>
                    <TableCell>
                      {e.evidence ? (
                        <Button
                          size="small"
                          onClick={() => attempt('open the file', () => downloadEvidence(e.evidence?.fileId ?? 0))}
                        >
                          {e.evidence.originalName}
                        </Button>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                    {editable && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <Button size="small" aria-label={`Change ${e.title}`} onClick={() => setEditing(e)}>
                          Change
                        </Button>
                        <Button
                          size="small"
                          color="error"
                          aria-label={`Remove ${e.title}`}
                          onClick={() => setRemoving(e)}
                        >
                          Remove
                        </Button>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {removing !== null && <RemoveCpdDialog entry={removing} onClose={() => setRemoving(null)} />}
      {editing !== null && (
        <CpdEntryDialog
          workerId={workerId}
          entry={editing === 'new' ? null : editing}
          kinds={log.kinds}
          competencies={competencies}
          today={today}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
