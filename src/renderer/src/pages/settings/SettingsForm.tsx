import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { RateArea } from '../../../../shared/domain/rates.ts';
import { AREA_TITLES, RATE_AREAS } from '../../../../shared/domain/rates.ts';
import type { AppSettings } from '../../../../shared/schemas/settings.ts';
import { roundToPlaces } from '../../../../shared/rules/money.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveSettings } from '../../stores/settings.ts';

const MB = 1024 * 1024;

export function SettingsForm({ settings }: { settings: AppSettings }) {
  const [days, setDays] = useState(String(settings.expiringSoonDays));
  const [megabytes, setMegabytes] = useState(String(settings.evidenceMaxBytes / MB));
  const [labels, setLabels] = useState(settings.ratingLabels);
  const [target, setTarget] = useState(String(settings.competencyTarget));
  const [toSubmit, setToSubmit] = useState(String(settings.selfRatedToSubmitPercent));
  const [toSign, setToSign] = useState(String(settings.agreedToSignPercent));
  const [kinds, setKinds] = useState(settings.supervisionKinds.join('\n'));
  const [claimDay, setClaimDay] = useState(String(settings.claimDayOfMonth));
  const [hoursLimit, setHoursLimit] = useState(String(settings.claimableHoursLimit));
  const [population, setPopulation] = useState(String(settings.weightedPopulation));
  const [area, setArea] = useState<RateArea>(settings.pcnArea);
  const [idleMinutes, setIdleMinutes] = useState(String(settings.sessionIdleMinutes));
  const [backupDays, setBackupDays] = useState(String(settings.backupDays));
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const labelError = (i: number) =>
    fieldErrors[`ratingLabels.${i}`] ?? (i === 0 ? fieldErrors.ratingLabels : undefined);

  return (
    <Paper
      component="form"
      aria-label="Settings"
      noValidate
      sx={{ p: 2, mb: 3 }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() =>
          saveSettings({
            expiringSoonDays: Number(days),
            evidenceMaxBytes: roundToPlaces(Number(megabytes) * MB, 0),
            ratingLabels: labels,
            competencyTarget: Number(target),
            selfRatedToSubmitPercent: Number(toSubmit),
            agreedToSignPercent: Number(toSign),
            claimDayOfMonth: Number(claimDay),
            claimableHoursLimit: Number(hoursLimit),
            weightedPopulation: Number(population),
            subcontractedContributionPence: settings.subcontractedContributionPence,
            pcnArea: area,
            sessionIdleMinutes: Number(idleMinutes),
            backupDays: Number(backupDays),
            supervisionKinds: kinds
              .split('\n')
              .map((k) => k.trim())
              .filter(Boolean),
          }),
        );
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <Typography variant="h2" gutterBottom>
        Compliance
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <TextField
          label="Expiring soon window (days)"
          type="number"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={Boolean(fieldErrors.expiringSoonDays)}
          helperText={fieldErrors.expiringSoonDays ?? 'Items turn amber this many days before they expire or fall due'}
        />
        <TextField
          label="Largest evidence file (MB)"
          type="number"
          value={megabytes}
          onChange={(e) => setMegabytes(e.target.value)}
          error={Boolean(fieldErrors.evidenceMaxBytes)}
          helperText={fieldErrors.evidenceMaxBytes ?? 'PDF, PNG or JPEG certificates'}
        />
      </Box>
      <Typography variant="h2" gutterBottom sx={{ mt: 1 }}>
        Competency ratings
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr 1fr' }, gap: 2 }}>
        {labels.map((label, i) => (
          <TextField
            key={i}
            label={`Label for rating ${i}`}
            value={label}
            onChange={(e) => setLabels((list) => list.map((l, j) => (j === i ? e.target.value : l)))}
            error={Boolean(labelError(i))}
            helperText={labelError(i) ?? ' '}
          />
        ))}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <TextField
          label="Self-rated before submitting (% of competencies)"
          type="number"
          value={toSubmit}
          onChange={(e) => setToSubmit(e.target.value)}
          error={Boolean(fieldErrors.selfRatedToSubmitPercent)}
          helperText={
            fieldErrors.selfRatedToSubmitPercent ?? '100 means the worker rates every competency before submitting'
          }
        />
        <TextField
          label="Agreed before signing (% of competencies)"
          type="number"
          value={toSign}
          onChange={(e) => setToSign(e.target.value)}
          error={Boolean(fieldErrors.agreedToSignPercent)}
          helperText={
            fieldErrors.agreedToSignPercent ??
            'The supervisor signs, and the matrix counts the assessment, only once this many have an agreed rating'
          }
        />
      </Box>
      <Typography variant="h2" gutterBottom sx={{ mt: 1 }}>
        ARRS claims
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr 1fr' }, gap: 2 }}>
        <TextField
          label="Claim due on day (of the next month)"
          type="number"
          value={claimDay}
          onChange={(e) => setClaimDay(e.target.value)}
          error={Boolean(fieldErrors.claimDayOfMonth)}
          helperText={fieldErrors.claimDayOfMonth ?? "When the month's claim must be in"}
        />
        <TextField
          label="Claimable hours a week, at most"
          type="number"
          value={hoursLimit}
          onChange={(e) => setHoursLimit(e.target.value)}
          error={Boolean(fieldErrors.claimableHoursLimit)}
          helperText={fieldErrors.claimableHoursLimit ?? 'Hours above full time count up to this'}
        />
        <TextField
          label="PCN weighted population"
          type="number"
          value={population}
          onChange={(e) => setPopulation(e.target.value)}
          error={Boolean(fieldErrors.weightedPopulation)}
          helperText={fieldErrors.weightedPopulation ?? 'For the ARRS sum (weighted patients × rate per head)'}
        />
        <SelectField
          label="PCN area for ARRS maxima"
          value={area}
          options={RATE_AREAS.map((a) => ({ value: a, label: AREA_TITLES[a] }))}
          onChange={(v) => setArea(v as RateArea)}
          error={fieldErrors.pcnArea}
          helperText="London PCNs have their own maxima from 2021/22"
        />
      </Box>
      <Typography variant="h2" gutterBottom sx={{ mt: 1 }}>
        Team mode
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <TextField
          label="Sign out after this many minutes unused"
          type="number"
          value={idleMinutes}
          onChange={(e) => setIdleMinutes(e.target.value)}
          error={Boolean(fieldErrors.sessionIdleMinutes)}
          helperText={
            fieldErrors.sessionIdleMinutes ?? 'From 5 to 480; everyone signs in again after 12 hours whatever this is'
          }
        />
        <TextField
          label="Daily backups to keep"
          type="number"
          value={backupDays}
          onChange={(e) => setBackupDays(e.target.value)}
          error={Boolean(fieldErrors.backupDays)}
          helperText={
            fieldErrors.backupDays ?? 'While serving the PCN, one backup a day goes into backups/ beside the data file'
          }
        />
      </Box>
      <Typography variant="h2" gutterBottom sx={{ mt: 1 }}>
        Supervision
      </Typography>
      <TextField
        label="Kinds of supervision, one a line"
        multiline
        minRows={3}
        value={kinds}
        onChange={(e) => setKinds(e.target.value)}
        error={Boolean(fieldErrors.supervisionKinds)}
        helperText={fieldErrors.supervisionKinds ?? 'How often each is expected is set per requirement below'}
        sx={{ mb: 2, maxWidth: 480 }}
      />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'start' }}>
        <Box sx={{ width: 320 }}>
          <SelectField
            label="Target level"
            value={target}
            options={labels.map((l, i) => ({ value: String(i), label: `${i}: ${l}` }))}
            onChange={setTarget}
            error={fieldErrors.competencyTarget}
            helperText="Agreed ratings below this show as gaps"
          />
        </Box>
        <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 0.25, ml: 'auto' }}>
          Save settings
        </Button>
      </Box>
    </Paper>
  );
}
