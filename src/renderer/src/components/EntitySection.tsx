import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { LeadOnly } from './LeadOnly.tsx';
import { FormDialog } from './FormDialog.tsx';
import type { Option } from './SelectField.tsx';
import { SelectField } from './SelectField.tsx';
import { useSubmit } from './useSubmit.ts';

export interface FieldSpec {
  key: string;
  label: string;
  options?: readonly Option[];
  noneLabel?: string;
  required?: boolean;
}

export interface ColumnSpec<T> {
  label: string;
  value(row: T): string;
}

/** A titled table of simple records with add and edit dialogs: practices, employers, colleagues. */
export function EntitySection<T extends { id: number; name: string }>(props: {
  title: string;
  noun: string;
  description: string;
  rows: readonly T[];
  columns: readonly ColumnSpec<T>[];
  fields: readonly FieldSpec[];
  valuesOf(row: T | null): Record<string, string>;
  onSave(id: number | null, values: Record<string, string>): Promise<void>;
  /** More for each row beside Edit (a colleague's sign-in account). */
  rowActions?(row: T): ReactNode;
}) {
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  const [values, setValues] = useState<Record<string, string>>({});
  const { submit, fieldErrors, formError, busy, clear } = useSubmit();

  const open = (row: T | null) => {
    clear();
    setValues(props.valuesOf(row));
    setEditing(row);
  };
  const close = () => setEditing(undefined);

  return (
    <Paper component="section" aria-label={props.title} sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h2">{props.title}</Typography>
          <Typography variant="body2" color="text.secondary">
            {props.description}
          </Typography>
        </Box>
        <LeadOnly>
          <Button variant="outlined" onClick={() => open(null)}>
            Add {props.noun}
          </Button>
        </LeadOnly>
      </Box>
      <Table size="small" aria-label={props.title}>
        <TableHead>
          <TableRow>
            {props.columns.map((c) => (
              <TableCell key={c.label}>{c.label}</TableCell>
            ))}
            <TableCell sx={{ width: 90 }} aria-label="Actions" />
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map((row) => (
            <TableRow key={row.id}>
              {props.columns.map((c) => (
                <TableCell key={c.label}>{c.value(row)}</TableCell>
              ))}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <LeadOnly>
                  <Button size="small" onClick={() => open(row)} aria-label={`Edit ${row.name}`}>
                    Edit
                  </Button>
                </LeadOnly>
                {props.rowActions?.(row)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <FormDialog
        open={editing !== undefined}
        title={editing ? `Edit ${editing.name}` : `Add ${props.noun}`}
        submitLabel="Save"
        busy={busy}
        error={formError}
        onClose={close}
        onSubmit={() =>
          void submit(async () => {
            await props.onSave(editing?.id ?? null, values);
            close();
          })
        }
      >
        {props.fields.map((f) =>
          f.options ? (
            <SelectField
              key={f.key}
              label={f.label}
              value={values[f.key] ?? ''}
              options={f.options}
              {...(f.noneLabel === undefined ? {} : { noneLabel: f.noneLabel })}
              required={f.required ?? false}
              onChange={(v) => setValues((s) => ({ ...s, [f.key]: v }))}
              error={fieldErrors[f.key]}
            />
          ) : (
            <TextField
              key={f.key}
              label={f.label}
              required={f.required ?? false}
              value={values[f.key] ?? ''}
              onChange={(e) => setValues((s) => ({ ...s, [f.key]: e.target.value }))}
              error={Boolean(fieldErrors[f.key])}
              helperText={fieldErrors[f.key] ?? ' '}
            />
          ),
        )}
      </FormDialog>
    </Paper>
  );
}
