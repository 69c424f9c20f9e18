import Alert from '@mui/material/Alert';
import { useAbilities } from '../../app/abilities.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ReadOnlyArea } from '../../components/ReadOnlyArea.tsx';
import { appSettings } from '../../stores/settings.ts';
import { ArrsSumSection } from './ArrsSumSection.tsx';
import { CaseloadSection } from './CaseloadSection.tsx';
import { FrameworksSection } from './FrameworksSection.tsx';
import { HandoutWordingSection } from './HandoutWordingSection.tsx';
import { Loaded } from './Loaded.tsx';
import { MailSection } from './MailSection.tsx';
import { RatesSection } from './RatesSection.tsx';
import { RemindersSection } from './RemindersSection.tsx';
import { RequirementsSection } from './RequirementsSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';

export function SettingsPage() {
  const settings = appSettings.use(null);
  const { changesAll } = useAbilities();
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Rules that a commissioner may change next year live here as data, not in the code."
      />
      {!changesAll && (
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          You can read the settings; only the PCN workforce lead changes them.
        </Alert>
      )}
      <Loaded state={settings} what="the settings" retry={() => void appSettings.load(null)}>
        {(s) => (
          <ReadOnlyArea>
            <SettingsForm key={JSON.stringify(s)} settings={s} />
          </ReadOnlyArea>
        )}
      </Loaded>
      <RatesSection />
      <ArrsSumSection />
      <FrameworksSection />
      <RequirementsSection />
      <HandoutWordingSection />
      <RemindersSection />
      <CaseloadSection />
      <MailSection />
    </>
  );
}
