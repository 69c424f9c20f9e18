import { useCallback, useEffect, useState } from 'react';
import type { Requirement } from '../../../../shared/domain/requirements.ts';
import type { AppSettings } from '../../../../shared/schemas/settings.ts';
import { call } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { FrameworksSection } from './FrameworksSection.tsx';
import { RatesSection } from './RatesSection.tsx';
import { RequirementsSection } from './RequirementsSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';

export function SettingsPage() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [requirements, setRequirements] = useState<Requirement[]>([]);
  const reload = useCallback(async () => {
    const [s, r] = await Promise.all([call('settings.get', {}), call('requirement.list', {})]);
    setSettings(s);
    setRequirements(r);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Rules that a commissioner may change next year live here as data, not in the code."
      />
      {settings && <SettingsForm key={JSON.stringify(settings)} settings={settings} onSaved={setSettings} />}
      <RatesSection />
      <FrameworksSection />
      <RequirementsSection requirements={requirements} reload={reload} />
    </>
  );
}
