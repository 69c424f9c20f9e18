import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';

interface PracticeDraft {
  name: string;
  odsCode: string;
}

export function SetUpPcnForm() {
  const setUpPcn = useAppStore((s) => s.setUpPcn);
  const [name, setName] = useState('');
  const [odsCode, setOdsCode] = useState('');
  const [practices, setPractices] = useState<PracticeDraft[]>([{ name: '', odsCode: '' }]);
  const [lead, setLead] = useState(0);
  const { submit, fieldErrors, formError, busy } = useSubmit();

  const editPractice = (index: number, change: Partial<PracticeDraft>) =>
    setPractices((list) => list.map((p, i) => (i === index ? { ...p, ...change } : p)));

  return (
    <Box
      component="form"
      noValidate
      aria-label="Set up your PCN"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() =>
          setUpPcn({ pcn: { name, odsCode, fullTimeHours: 37.5 }, practices, leadPracticeIndex: lead }),
        );
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <TextField
        label="PCN name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={Boolean(fieldErrors['pcn.name'])}
        helperText={fieldErrors['pcn.name'] ?? ' '}
      />
      <TextField
        label="PCN ODS code"
        required
        value={odsCode}
        onChange={(e) => setOdsCode(e.target.value)}
        error={Boolean(fieldErrors['pcn.odsCode'])}
        helperText={fieldErrors['pcn.odsCode'] ?? 'Such as U12345'}
      />
      <Typography variant="h3" component="h3">
        Member practices
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: -1 }}>
        Choose the lead practice: it employs staff on the PCN&apos;s behalf. You can add sub-contracted providers later.
      </Typography>
      {practices.map((p, i) => (
        <Box key={i} sx={{ display: 'grid', gridTemplateColumns: 'auto 2fr 1fr auto', gap: 1, alignItems: 'start' }}>
          <Radio
            checked={lead === i}
            onChange={() => setLead(i)}
            slotProps={{ input: { 'aria-label': `Practice ${i + 1} is the lead employer` } }}
          />
          <TextField
            label={`Practice ${i + 1} name`}
            value={p.name}
            onChange={(e) => editPractice(i, { name: e.target.value })}
            error={Boolean(fieldErrors[`practices.${i}.name`])}
            helperText={fieldErrors[`practices.${i}.name`] ?? ' '}
          />
          <TextField
            label={`Practice ${i + 1} ODS code`}
            value={p.odsCode}
            onChange={(e) => editPractice(i, { odsCode: e.target.value })}
            error={Boolean(fieldErrors[`practices.${i}.odsCode`])}
            helperText={fieldErrors[`practices.${i}.odsCode`] ?? ' '}
          />
          <IconButton
            aria-label={`Remove practice ${i + 1}`}
            disabled={practices.length === 1}
            onClick={() => {
              setPractices((list) => list.filter((_, j) => j !== i));
              setLead((l) => (l >= i && l > 0 ? l - 1 : l));
            }}
          >
            ×
          </IconButton>
        </Box>
      ))}
      <Box sx={{ display: 'flex', gap: 2 }}>
        <Button onClick={() => setPractices((list) => [...list, { name: '', odsCode: '' }])}>
          Add another practice
        </Button>
        <Button type="submit" variant="contained" disabled={busy} sx={{ ml: 'auto' }}>
          Set up PCN
        </Button>
      </Box>
    </Box>
  );
}
