import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { WizardState, WizardStep } from './useImportWizard.ts';

const LABELS: { step: WizardStep; label: string }[] = [
  { step: 'choose', label: 'Choose the file' },
  { step: 'columns', label: 'Match the columns' },
  { step: 'courses', label: 'Match the courses' },
  { step: 'check', label: 'Check the rows' },
  { step: 'done', label: 'Import' },
];

/**
 * Where the wizard is. The courses step is for training records only, and is passed over (not ticked) when every
 * course in the file is one the catalogue knows.
 */
export function ImportWizardSteps({ state }: { state: WizardState }) {
  const { step, kind, coursesToMatch } = state;
  const narrow = useMediaQuery('(max-width: 900px)');
  const steps = LABELS.filter((s) => kind === 'training' || s.step !== 'courses');
  const active = steps.findIndex((s) => s.step === step);
  const coursesSkipped = (step === 'check' || step === 'done') && coursesToMatch.length === 0;
  return (
    <Stepper
      activeStep={step === 'done' ? steps.length : active}
      alternativeLabel={narrow}
      aria-label="Import steps"
      component="ol"
      sx={{ mb: 3, listStyle: 'none', p: 0 }}
    >
      {steps.map(({ step: s, label }, index) => (
        <Step
          key={s}
          component="li"
          aria-current={index === active ? 'step' : undefined}
          {...(s === 'courses' && coursesSkipped ? { completed: false } : {})}
        >
          <StepLabel
            optional={
              s === 'courses' ? (
                <Typography variant="caption" color="text.secondary">
                  {coursesSkipped ? 'Not needed' : 'If the catalogue lacks a course'}
                </Typography>
              ) : undefined
            }
          >
            {label}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
