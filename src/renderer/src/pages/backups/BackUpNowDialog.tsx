import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { BackupMade } from '../../../../shared/domain/backups.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { backUpNow } from '../../stores/backups.ts';

type Where = 'backups' | 'elsewhere';

/**
 * A backup now, into Linkwork's backups folder or (personal mode) another folder, such as a USB stick's. In team
 * mode the data lives on the serving machine, so its backups folder is the only choice and the dialog says so.
 */
export function BackUpNowDialog(props: { folder: string; onClose(): void; onMade(made: BackupMade): void }) {
  const team = useAppStore((s) => s.status?.mode === 'team');
  const [where, setWhere] = useState<Where>('backups');
  const [otherFolder, setOtherFolder] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const labelId = useId();

  const save = async () => {
    const made = await submit(() => backUpNow(where === 'elsewhere' ? otherFolder : null));
    if (made !== undefined) props.onMade(made);
  };

  return (
    <FormDialog
      open
      title="Back up now"
      submitLabel="Back up now"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() => void save()}
    >
      <Typography>
        The data file and every evidence file are copied, and the copy is checked before it is kept.
      </Typography>
      {team ? (
        <Typography>
          {`Backups are kept on the computer serving Linkwork, in ${props.folder}. Ask whoever looks after it to copy them somewhere safe too.`}
        </Typography>
      ) : (
        <FormControl>
          <FormLabel id={labelId}>Where to</FormLabel>
          <RadioGroup aria-labelledby={labelId} value={where} onChange={(e) => setWhere(e.target.value as Where)}>
            <FormControlLabel
              value="backups"
              control={<Radio />}
              label={`Linkwork’s backups folder (${props.folder})`}
            />
            <FormControlLabel value="elsewhere" control={<Radio />} label="Another folder" />
          </RadioGroup>
        </FormControl>
      )}
      {!team && where === 'elsewhere' && (
        <TextField
          label="Folder"
          required
          autoFocus
          value={otherFolder}
          onChange={(e) => setOtherFolder(e.target.value)}
          error={Boolean(fieldErrors.folder)}
          helperText={
            fieldErrors.folder ??
            'The whole path of a folder on this computer, such as a USB stick’s; the backups folder keeps a copy too'
          }
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
      )}
    </FormDialog>
  );
}
