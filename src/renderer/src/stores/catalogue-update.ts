import type { CatalogueUpdateNotice } from '../../../shared/domain/catalogue-update.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** The built-in catalogue update the lead has not dismissed yet, if any. */
export const catalogueUpdate = createResource<null, CatalogueUpdateNotice | null>({
  name: 'the catalogue update',
  load: () => call('requirement.catalogueUpdate', {}),
  dependsOn: ['requirements'],
});

export async function dismissCatalogueUpdate(version: number): Promise<void> {
  await call('requirement.dismissCatalogueUpdate', { version });
}
