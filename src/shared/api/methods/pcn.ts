import { z } from 'zod';
import type { Colleague, Employer, Pcn, Practice } from '../../domain/pcn.ts';
import { colleagueFields, employerFields, pcnFields, practiceFields } from '../../schemas/pcn.ts';
import { id } from '../../schemas/fields.ts';
import { LEAD, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

const none = z.object({}).strict();

// The PCN's own details and the names in it: everyone signed in reads them (for labels); only the lead changes them.
export const pcnMethods = {
  'pcn.get': method<Pcn>()(none, SIGNED_IN),
  'pcn.update': method<Pcn>()(pcnFields, LEAD),
  'practice.list': method<Practice[]>()(none, SIGNED_IN),
  'practice.create': method<Practice>()(practiceFields, LEAD),
  'practice.update': method<Practice>()(practiceFields.extend({ id }), LEAD),
  'employer.list': method<Employer[]>()(none, SIGNED_IN),
  'employer.create': method<Employer>()(employerFields, LEAD),
  'employer.update': method<Employer>()(employerFields.extend({ id }), LEAD),
  'colleague.list': method<Colleague[]>()(none, SIGNED_IN),
  'colleague.create': method<Colleague>()(colleagueFields, LEAD),
  'colleague.update': method<Colleague>()(colleagueFields.extend({ id }), LEAD),
};
