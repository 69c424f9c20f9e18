import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { LeadOnly } from '../../components/LeadOnly.tsx';
import type { FrameworkSummary } from '../../../../shared/domain/competencies.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatUkDayOf } from '../../../../shared/rules/dates.ts';
import { exportFramework, frameworkList, importFramework } from '../../stores/competencies.ts';
import { dataOf } from '../../stores/loadable.ts';
import { attempt } from '../../stores/notices.ts';
import { CsvImportDialog } from './CsvImportDialog.tsx';
import { EditWordingDialog } from './EditWordingDialog.tsx';
import { ImportFileButton } from './ImportFileButton.tsx';
import { importProblems } from './importProblems.ts';
import { Loaded } from './Loaded.tsx';

/** Competency frameworks: view, export, import a new version (JSON or CSV), or edit wording. */
export function FrameworksSection() {
  const state = frameworkList.use(null);
  const [csvFile, setCsvFile] = useState<File | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const importFile = async (file: File) => {
    if (file.name.toLowerCase().endsWith('.csv')) return setCsvFile(file);
    try {
      const doc = await importFramework({ format: 'json', text: await file.text() });
      setResult({ ok: true, lines: [`Imported ${doc.title}, version ${doc.version}.`] });
    } catch (error) {
      setResult({ ok: false, lines: importProblems(error) });
    }
  };

  return (
    <Paper component="section" aria-label="Competency frameworks" sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h2">Competency frameworks</Typography>
          <Typography variant="body2" color="text.secondary">
            Each role's framework ships as an outline in our own words: check it against the published framework and
            edit it, or import the official wording, which then replaces the outline for that role.
          </Typography>
        </Box>
        <ImportFileButton
          label="Import framework…"
          accept=".json,.csv,application/json,text/csv"
          inputLabel="Framework file to import"
          onFile={(file) => void importFile(file)}
        />
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
      <Loaded state={state} what="the competency frameworks" retry={() => void frameworkList.load(null)}>
        {(frameworks) => <FrameworkTable frameworks={frameworks} onEdit={setEditing} />}
      </Loaded>
      {csvFile && (
        <CsvImportDialog
          file={csvFile}
          frameworks={dataOf(state) ?? []}
          onClose={() => setCsvFile(null)}
          onDone={(lines, ok) => setResult({ ok, lines })}
        />
      )}
      {editing && <EditWordingDialog frameworkId={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}

/** The list comes in force first: a role's framework is the first naming it, and any later one is replaced. */
function rolesInWords(framework: FrameworkSummary, frameworks: FrameworkSummary[]): string {
  return framework.roles
    .map((role) => {
      const inForce = frameworks.find((f) => f.roles.includes(role));
      return inForce && inForce.id !== framework.id
        ? `${ROLE_LABELS[role]} (replaced by ${inForce.title})`
        : ROLE_LABELS[role];
    })
    .join(', ');
}

function FrameworkTable({ frameworks, onEdit }: { frameworks: FrameworkSummary[]; onEdit(id: string): void }) {
  return (
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
            <TableCell>{rolesInWords(f, frameworks)}</TableCell>
            <TableCell>{f.competencies}</TableCell>
            <TableCell>{`${f.version}, loaded ${formatUkDayOf(f.loadedAt)}`}</TableCell>
            <TableCell>
              <LeadOnly>
                <Button size="small" onClick={() => onEdit(f.id)}>
                  Edit wording
                </Button>
              </LeadOnly>
              <Button size="small" onClick={() => attempt('export the framework', () => exportFramework(f.id, 'json'))}>
                Export JSON
              </Button>
              <Button size="small" onClick={() => attempt('export the framework', () => exportFramework(f.id, 'csv'))}>
                Export CSV
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
