import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import type { FrameworkDocument, FrameworkSummary } from '../../../../shared/domain/competencies.ts';
import type { Role } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { ApiError } from '../../api/api-error.ts';
import { call } from '../../api/client.ts';
import { saveFile } from '../../api/download.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';

/** Reports an import's outcome, listing every line-numbered problem when it was refused. */
function importMessage(error: unknown): string[] {
  const detail = error instanceof ApiError ? error.fields.file?.split('\n') : undefined;
  return [(error as Error).message, ...(detail ?? [])];
}

function CsvImportDialog(props: {
  file: File;
  frameworks: FrameworkSummary[];
  onClose(): void;
  onDone(lines: string[], ok: boolean): void;
}) {
  const [frameworkId, setFrameworkId] = useState(props.frameworks[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const isNew = !props.frameworks.some((f) => f.id === frameworkId);
  const { submit, busy } = useSubmit();
  return (
    <FormDialog
      open
      title={`Import ${props.file.name}`}
      submitLabel="Import"
      busy={busy}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          try {
            const doc = await call('framework.import', {
              format: 'csv',
              text: await props.file.text(),
              frameworkId,
              ...(isNew ? { title, roles } : {}),
            });
            props.onDone([`Imported ${doc.title}, version ${doc.version}.`], true);
          } catch (error) {
            props.onDone(importMessage(error), false);
          }
          props.onClose();
        })
      }
    >
      <Typography variant="body2">
        Columns: area_id, area_title, competency_id, competency_title, description, source. The rows become a new
        version.
      </Typography>
      <TextField
        label="Framework id"
        value={frameworkId}
        onChange={(e) => setFrameworkId(e.target.value)}
        helperText={isNew ? 'A new framework' : 'A new version of this framework'}
      />
      {isNew && (
        <>
          <TextField label="Framework title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <Box>
            {ROLES.map((r) => (
              <FormControlLabel
                key={r}
                label={ROLE_LABELS[r]}
                control={
                  <Checkbox
                    checked={roles.includes(r)}
                    onChange={(e) => setRoles((l) => (e.target.checked ? [...l, r] : l.filter((x) => x !== r)))}
                  />
                }
              />
            ))}
          </Box>
        </>
      )}
    </FormDialog>
  );
}

function EditCompetencyDialog(props: { framework: FrameworkDocument; onClose(): void; onSaved(): Promise<void> }) {
  const all = props.framework.areas.flatMap((a) => a.competencies.map((c) => ({ ...c, area: a.title })));
  const [competencyId, setCompetencyId] = useState(all[0]?.id ?? '');
  const current = all.find((c) => c.id === competencyId);
  const [title, setTitle] = useState(current?.title ?? '');
  const [description, setDescription] = useState(current?.description ?? '');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      title={`Edit ${props.framework.title}`}
      submitLabel="Save as a new version"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await call('framework.editCompetency', { frameworkId: props.framework.id, competencyId, title, description });
          props.onClose();
          await props.onSaved();
        })
      }
    >
      <SelectField
        label="Competency"
        value={competencyId}
        options={all.map((c) => ({ value: c.id, label: `${c.area}: ${c.title}` }))}
        onChange={(id) => {
          const next = all.find((c) => c.id === id);
          setCompetencyId(id);
          setTitle(next?.title ?? '');
          setDescription(next?.description ?? '');
        }}
      />
      <TextField
        label="Title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={Boolean(fieldErrors.title)}
        helperText={fieldErrors.title ?? ' '}
      />
      <TextField
        label="Description"
        multiline
        minRows={2}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        helperText="Assessments already made keep the wording they were made on"
      />
    </FormDialog>
  );
}

/** Competency frameworks: view, export, import a new version (JSON or CSV), or edit wording. */
export function FrameworksSection() {
  const [frameworks, setFrameworks] = useState<FrameworkSummary[]>([]);
  const [csvFile, setCsvFile] = useState<File | null>(null);
  const [editing, setEditing] = useState<FrameworkDocument | null>(null);
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const reload = useCallback(async () => setFrameworks(await call('framework.list', {})), []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const importFile = async (file: File) => {
    if (file.name.toLowerCase().endsWith('.csv')) return setCsvFile(file);
    try {
      const doc = await call('framework.import', { format: 'json', text: await file.text() });
      setResult({ ok: true, lines: [`Imported ${doc.title}, version ${doc.version}.`] });
      await reload();
    } catch (error) {
      setResult({ ok: false, lines: importMessage(error) });
    }
  };
  const exportFile = async (id: string, format: 'json' | 'csv') => {
    const file = await call('framework.export', { id, format });
    saveFile(file.fileName, format === 'json' ? 'application/json' : 'text/csv;charset=utf-8', { text: file.text });
  };

  return (
    <Paper component="section" aria-label="Competency frameworks" sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h2">Competency frameworks</Typography>
          <Typography variant="body2" color="text.secondary">
            The link-worker framework ships as an outline in our own words: check it against the published framework,
            edit it, or import the official wording.
          </Typography>
        </Box>
        <Button variant="outlined" component="label">
          Import framework…
          <input
            hidden
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-label="Framework file to import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
        </Button>
      </Box>
      {result && (
        <Alert
          severity={result.ok ? 'success' : 'error'}
          role={result.ok ? 'status' : 'alert'}
          sx={{ mb: 2, whiteSpace: 'pre-line' }}
          onClose={() => setResult(null)}
        >
          {result.lines.join('\n')}
        </Alert>
      )}
      <Table size="small" aria-label="Competency frameworks">
        <TableHead>
          <TableRow>
            <TableCell>Framework</TableCell>
            <TableCell>Roles</TableCell>
            <TableCell>Competencies</TableCell>
            <TableCell>Version</TableCell>
            <TableCell aria-label="Actions" />
          </TableRow>
        </TableHead>
        <TableBody>
          {frameworks.map((f) => (
            <TableRow key={f.id}>
              <TableCell>{f.title}</TableCell>
              <TableCell>{f.roles.map((r) => ROLE_LABELS[r]).join(', ')}</TableCell>
              <TableCell>{f.competencies}</TableCell>
              <TableCell>{`${f.version}, loaded ${formatUkDate(f.loadedAt.slice(0, 10))}`}</TableCell>
              <TableCell>
                <Button size="small" onClick={() => void call('framework.get', { id: f.id }).then(setEditing)}>
                  Edit wording
                </Button>
                <Button size="small" onClick={() => void exportFile(f.id, 'json')}>
                  Export JSON
                </Button>
                <Button size="small" onClick={() => void exportFile(f.id, 'csv')}>
                  Export CSV
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {csvFile && (
        <CsvImportDialog
          file={csvFile}
          frameworks={frameworks}
          onClose={() => setCsvFile(null)}
          onDone={(lines, ok) => {
            setResult({ ok, lines });
            void reload();
          }}
        />
      )}
      {editing && <EditCompetencyDialog framework={editing} onClose={() => setEditing(null)} onSaved={reload} />}
    </Paper>
  );
}
