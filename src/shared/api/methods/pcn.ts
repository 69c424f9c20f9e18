import { z } from 'zod';
import type { Colleague, Employer, Pcn, Practice } from '../../domain/pcn.ts';
import { colleagueFields, employerFields, pcnFields, practiceFields } from '../../schemas/pcn.ts';
import { id } from '../../schemas/fields.ts';
import { method } from '../method.ts';

const none = z.object({}).strict();

export const pcnMethods = {
  'pcn.get': method<Pcn>()(none),
  'pcn.update': method<Pcn>()(pcnFields),
  'practice.list': method<Practice[]>()(none),
  'practice.create': method<Practice>()(practiceFields),
  'practice.update': method<Practice>()(practiceFields.extend({ id })),
  'employer.list': method<Employer[]>()(none),
  'employer.create': method<Employer>()(employerFields),
  'employer.update': method<Employer>()(employerFields.extend({ id })),
  'colleague.list': method<Colleague[]>()(none),
  'colleague.create': method<Colleague>()(colleagueFields),
  'colleague.update': method<Colleague>()(colleagueFields.extend({ id })),
};
