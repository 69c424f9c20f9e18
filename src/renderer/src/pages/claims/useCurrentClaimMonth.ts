import { useAppStore } from '../../stores/app.ts';
import type { Loadable } from '../../stores/loadable.ts';
import { ready } from '../../stores/loadable.ts';
import { appSettings } from '../../stores/settings.ts';
import { currentClaimMonth } from './months.ts';

/** The month whose claim is being prepared now, once the claim day is known from the settings. */
export function useCurrentClaimMonth(): Loadable<string> {
  const today = useAppStore((s) => s.status?.today ?? '');
  const settings = appSettings.use(null);
  return settings.status === 'ready' ? ready(currentClaimMonth(today, settings.data.claimDayOfMonth)) : settings;
}

export const retryCurrentClaimMonth = (): void => void appSettings.load(null);
