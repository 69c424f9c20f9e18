import { PageHeader } from '../../components/PageHeader.tsx';
import { appSettings } from '../../stores/settings.ts';
import { ArrsSumSection } from './ArrsSumSection.tsx';
import { FrameworksSection } from './FrameworksSection.tsx';
import { Loaded } from './Loaded.tsx';
import { RatesSection } from './RatesSection.tsx';
import { RequirementsSection } from './RequirementsSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';

export function SettingsPage() {
  const settings = appSettings.use(null);
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Rules that a commissioner may change next year live here as data, not in the code."
      />
      <Loaded state={settings} what="the settings" retry={() => void appSettings.load(null)}>
        {(s) => <SettingsForm key={JSON.stringify(s)} settings={s} />}
      </Loaded>
      <RatesSection />
      <ArrsSumSection />
      <FrameworksSection />
      <RequirementsSection />
    </>
  );
}
