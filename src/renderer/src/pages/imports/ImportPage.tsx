import Paper from '@mui/material/Paper';
import { useRef } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CheckStep } from './CheckStep.tsx';
import { ChooseStep } from './ChooseStep.tsx';
import { ColumnsStep } from './ColumnsStep.tsx';
import { CoursesStep } from './CoursesStep.tsx';
import { DoneStep } from './DoneStep.tsx';
import { ImportWizardSteps } from './ImportWizardSteps.tsx';
import { RecentImports } from './RecentImports.tsx';
import { useImportWizard } from './useImportWizard.ts';

/** Bringing the staff register and past training records in from a spreadsheet, checked before anything is written. */
export function ImportPage() {
  const wizard = useImportWizard();
  const { step } = wizard.state;
  // The first step takes the cursor only when coming back to it, not as the page opens.
  const moved = useRef(false);
  if (step !== 'choose') moved.current = true;
  return (
    <>
      <PageHeader
        title="Import from a spreadsheet"
        subtitle="Bring in the staff register and past training records from Excel or CSV. Every row is checked first; nothing is written until you choose to import, and an import can be undone as a whole."
      />
      <Paper sx={{ p: { xs: 2, md: 3 }, maxWidth: 1100 }}>
        <ImportWizardSteps state={wizard.state} />
        {step === 'choose' && <ChooseStep wizard={wizard} takeFocus={moved.current} />}
        {step === 'columns' && <ColumnsStep wizard={wizard} />}
        {step === 'courses' && <CoursesStep wizard={wizard} />}
        {step === 'check' && <CheckStep wizard={wizard} />}
        {step === 'done' && <DoneStep wizard={wizard} />}
      </Paper>
      <RecentImports />
    </>
  );
}
