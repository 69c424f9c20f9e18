import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { FrameworkDocument } from '../../../../shared/domain/competencies.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { Failed, Loading } from '../../components/PageState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { editCompetency, framework } from '../../stores/competencies.ts';

/** Edits one competency's wording in the framework's latest version, once that version has loaded. */
export function EditWordingDialog({ frameworkId, onClose }: { frameworkId: string; onClose(): void }) {
  const state = framework.use(frameworkId);
  if (state.status === 'ready') return <EditCompetencyDialog framework={state.data} onClose={onClose} />;
  return (
    <Dialog open onClose={onClose} aria-label="Edit wording" fullWidth maxWidth="sm">
      <DialogContent>
        {state.status === 'loading' ? (
          <Loading what="the framework" />
        ) : (
          <Failed
            what="the framework"
            message={state.status === 'failed' ? state.error.message : state.message}
            retry={() => void framework.load(frameworkId)}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function EditCompetencyDialog(props: { framework: FrameworkDocument; onClose(): void }) {
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
          await editCompetency({ frameworkId: props.framework.id, competencyId, title, description });
          props.onClose();
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
