import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';

/** One person's evidence pack: their summary PDF and every certificate, as a zip. */
export async function downloadWorkerPack(workerId: number): Promise<void> {
  const file = await call('pack.worker', { workerId });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}

/** A practice's evidence pack: its compliance summary and a folder for each person based there. */
export async function downloadPracticePack(practiceId: number): Promise<void> {
  const file = await call('pack.practice', { practiceId });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}
