import type { InputOf } from '../../../shared/api/contract.ts';
import type { AppSettings } from '../../../shared/schemas/settings.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** The user's settings over the shipped defaults. */
export const appSettings = createResource<null, AppSettings>({
  name: 'the settings',
  load: () => call('settings.get', {}),
  dependsOn: ['settings'],
});

export async function saveSettings(fields: InputOf<'settings.update'>): Promise<void> {
  appSettings.put(null, await call('settings.update', fields));
}
