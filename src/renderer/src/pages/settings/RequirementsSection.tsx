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
import type { Requirement } from '../../../../shared/domain/requirements.ts';
import { REQUIREMENT_KIND_LABELS } from '../../../../shared/domain/requirements.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { attempt } from '../../stores/notices.ts';
import {
  exportCatalogue,
  importCatalogue,
  requirementCatalogue,
  setRequirementRetired,
} from '../../stores/requirements.ts';
import { dueRuleText } from './dueRuleText.ts';
import { ImportFileButton } from './ImportFileButton.tsx';
import { importProblems } from './importProblems.ts';
import { Loaded } from './Loaded.tsx';
import { RequirementDialog } from './RequirementDialog.tsx';

/** The requirement catalogue as data: edit, add local items, retire, import a new version, export. */
export function RequirementsSection() {
  const state = requirementCatalogue.use(null);
  const [editing, setEditing] = useState<Requirement | null | undefined>(undefined);
  const [importResult, setImportResult] = useState<{ severity: 'success' | 'error'; lines: string[] } | null>(null);

  const importFile = async (file: File) => {
    try {
      const summary = await importCatalogue(await file.text());
      setImportResult({
        severity: 'success',
        lines: [
          `Imported ${file.name}: ${summary.added.length} added, ${summary.updated.length} changed, ${summary.unchanged} unchanged.`,
        ],
      });
    } catch (error) {
      setImportResult({ severity: 'error', lines: importProblems(error) });
    }
  };

  return (
    <Paper component="section" aria-label="Requirements" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h2">Requirements</Typography>
          <Typography variant="body2" color="text.secondary">
            What each role must have. Built in from the published rules; anything not confirmed is marked in its source
            and can be changed.
          </Typography>
        </Box>
        <ImportFileButton
          label="Import catalogue…"
          accept=".json,application/json"
          inputLabel="Catalogue file to import"
          onFile={(file) => void importFile(file)}
        />
        <Button onClick={() => attempt('export the catalogue', exportCatalogue)}>Export catalogue</Button>
        <LeadOnly>
          <Button variant="contained" onClick={() => setEditing(null)}>
            Add requirement
          </Button>
        </LeadOnly>
      </Box>
      {importResult && (
        <Alert
          severity={importResult.severity}
          role="alert"
          sx={{ mb: 2, whiteSpace: 'pre-line' }}
          onClose={() => setImportResult(null)}
        >
          {importResult.lines.join('\n')}
        </Alert>
      )}
      <Loaded state={state} what="the requirements" retry={() => void requirementCatalogue.load(null)}>
        {(requirements) => <RequirementTable requirements={requirements} onEdit={setEditing} />}
      </Loaded>
      {editing !== undefined && <RequirementDialog requirement={editing} onClose={() => setEditing(undefined)} />}
    </Paper>
  );
}

function RequirementTable(props: { requirements: Requirement[]; onEdit(requirement: Requirement): void }) {
  return (
    <Table size="small" aria-label="Requirements">
      <TableHead>
        <TableRow>
          <TableCell>Requirement</TableCell>
          <TableCell>Kind</TableCell>
          <TableCell>Roles</TableCell>
          <TableCell>Due</TableCell>
          <TableCell>Renewal</TableCell>
          <TableCell>If not met</TableCell>
          <TableCell sx={{ width: 170 }} aria-label="Actions" />
        </TableRow>
      </TableHead>
      <TableBody>
        {props.requirements.map((r) => (
          <TableRow key={r.id} sx={{ opacity: r.retiredOn ? 0.55 : 1, verticalAlign: 'top' }}>
            <TableCell>
              <Box sx={{ fontWeight: 500 }}>{r.title}</Box>
              <Typography variant="caption" color="text.secondary">
                {r.origin === 'local'
                  ? `Local, applies from ${formatUkDate(r.appliesFrom)}`
                  : `Catalogue v${r.catalogueVersion ?? 1}`}
                {r.retiredOn ? ` · retired ${formatUkDate(r.retiredOn)}` : ''}
              </Typography>
            </TableCell>
            <TableCell>{REQUIREMENT_KIND_LABELS[r.kind]}</TableCell>
            <TableCell>{r.roles.length === 3 ? 'All roles' : r.roles.map((x) => ROLE_LABELS[x]).join(', ')}</TableCell>
            <TableCell>{dueRuleText(r.due)}</TableCell>
            <TableCell>{r.renewalMonths ? `Every ${countOf(r.renewalMonths, 'month')}` : 'None'}</TableCell>
            <TableCell>{r.blocksClaim ? 'Blocks claim' : 'Warns'}</TableCell>
            <TableCell>
              <LeadOnly>
                <Button size="small" onClick={() => props.onEdit(r)} aria-label={`Edit ${r.title}`}>
                  Edit
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    attempt(`${r.retiredOn ? 'restore' : 'retire'} ${r.title}`, () =>
                      setRequirementRetired(r.id, !r.retiredOn),
                    )
                  }
                  aria-label={`${r.retiredOn ? 'Restore' : 'Retire'} ${r.title}`}
                >
                  {r.retiredOn ? 'Restore' : 'Retire'}
                </Button>
              </LeadOnly>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
