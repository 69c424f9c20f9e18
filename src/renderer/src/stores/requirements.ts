import type { OutputOf } from '../../../shared/api/contract.ts';
import type { Requirement, RequirementFields } from '../../../shared/domain/requirements.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { createResource } from './resource.ts';

/** Every requirement, built in and local, retired ones included. */
export const requirementCatalogue = createResource<null, Requirement[]>({
  name: 'the requirements',
  load: () => call('requirement.list', {}),
  dependsOn: ['requirements'],
});

export async function saveRequirement(isNew: boolean, fields: RequirementFields): Promise<void> {
  await call('requirement.save', { isNew, fields });
}

export async function setRequirementRetired(id: string, retired: boolean): Promise<void> {
  await call('requirement.setRetired', { id, retired });
}

/** Imports a catalogue file's text as a new version; says what it added and changed. */
export function importCatalogue(text: string): Promise<OutputOf<'requirement.import'>> {
  return call('requirement.import', { text });
}

export async function exportCatalogue(): Promise<void> {
  const file = await call('requirement.export', {});
  saveFile(file.fileName, 'application/json', { text: file.text });
}
