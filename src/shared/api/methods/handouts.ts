import { z } from 'zod';
import type { FileDownload } from '../../domain/files.ts';
import type { HandoutDetails, HandoutWording } from '../../domain/handouts.ts';
import { id } from '../../schemas/fields.ts';
import { handoutDetailsInput, handoutWordingInput } from '../../schemas/handouts.ts';
import { LEAD, changeAbout, readAbout } from '../access.ts';
import { method } from '../method.ts';

const aboutWorker = z.object({ workerId: id }).strict();

export const handoutMethods = {
  // A link worker's patient handout: an A4 PDF for practice staff to give out, and plain text for a website.
  'handout.pdf': method<FileDownload>()(aboutWorker, readAbout({ field: 'workerId' })),
  'handout.text': method<{ text: string }>()(aboutWorker, readAbout({ field: 'workerId' })),
  // How patients reach them: kept up to date by the lead and by the worker themself.
  'handout.details': method<HandoutDetails>()(aboutWorker, readAbout({ field: 'workerId' })),
  'handout.saveDetails': method<HandoutDetails>()(
    handoutDetailsInput,
    changeAbout({ field: 'workerId' }, { supervisor: false, self: true }),
  ),
  // The PCN's wording around every handout, edited in Settings.
  'handout.wording': method<HandoutWording>()(z.object({}).strict(), LEAD),
  'handout.saveWording': method<HandoutWording>()(handoutWordingInput, LEAD),
};
