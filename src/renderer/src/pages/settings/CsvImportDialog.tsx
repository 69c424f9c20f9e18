import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { FrameworkSummary } from '../../../../shared/domain/competencies.ts';
import type { Role } from '../../../../shared/domain/staff.ts';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { importFramework } from '../../stores/competencies.ts';
import { importProblems } from './importProblems.ts';

/** Imports a CSV of competencies as a new version of a framework, or as a new framework with its roles. */
export function CsvImportDialog(props: {
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
            const doc = await importFramework({
              format: 'csv',
              text: await props.file.text(),
              frameworkId,
              ...(isNew ? { title, roles } : {}),
            });
            props.onDone([`Imported ${doc.title}, version ${doc.version}.`], true);
          } catch (error) {
            props.onDone(importProblems(error), false);
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
