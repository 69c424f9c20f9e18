import type { InputOf } from '../../../shared/api/contract.ts';
import type { HandoutDetails, HandoutWording } from '../../../shared/domain/handouts.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { createResource } from './resource.ts';

/** How patients reach a worker, printed on their handout. */
export const handoutDetails = createResource<number, HandoutDetails>({
  name: 'the handout’s contact details',
  load: (workerId) => call('handout.details', { workerId }),
  dependsOn: ['handouts'],
  workerOf: (workerId) => workerId,
});

export async function saveHandoutDetails(fields: InputOf<'handout.saveDetails'>): Promise<void> {
  handoutDetails.put(fields.workerId, await call('handout.saveDetails', fields));
}

export async function downloadHandout(workerId: number): Promise<void> {
  const file = await call('handout.pdf', { workerId });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}

export async function handoutText(workerId: number): Promise<string> {
  return (await call('handout.text', { workerId })).text;
}

/** The PCN's wording around every handout (the lead's). */
export const handoutWording = createResource<null, HandoutWording>({
  name: 'the handout’s wording',
  load: () => call('handout.wording', {}),
  dependsOn: ['handouts'],
});

export async function saveHandoutWording(wording: HandoutWording): Promise<void> {
  handoutWording.put(null, await call('handout.saveWording', wording));
}
