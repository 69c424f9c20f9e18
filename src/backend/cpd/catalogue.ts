import { z } from 'zod';
import catalogue from '../../../resources/catalogue/cpd.json' with { type: 'json' };
import type { CpdKind } from '../../shared/domain/cpd.ts';
import type { Role } from '../../shared/domain/staff.ts';
import { ROLES } from '../../shared/domain/staff.ts';
import { itemId } from '../../shared/schemas/fields.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

const cpdCatalogue = z
  .object({
    catalogue: z.literal('cpd'),
    source: z.string(),
    kinds: z.array(z.object({ id: itemId('A kind needs an id'), label: z.string().min(1) }).strict()).min(1),
    recurringEvents: z.array(
      z
        .object({
          id: itemId('An event needs an id'),
          /** What its events' UIDs in a person's calendar file are made from: kept, so a re-import updates them. */
          calendarKey: itemId('An event needs a calendar key'),
          title: z.string().min(1),
          organiser: z.string().min(1),
          kind: itemId('An event names its kind'),
          roles: z.array(z.enum(ROLES)).min(1),
          rule: z
            .object({
              type: z.literal('nth_weekday_of_month'),
              nth: z.number().int().min(1).max(4),
              weekday: z.number().int().min(0).max(6),
            })
            .strict(),
          start: time,
          end: time,
          offeredForDays: z.number().int().min(1).max(366),
        })
        .strict(),
    ),
  })
  .strict()
  .refine(
    (c) => c.recurringEvents.every((e) => c.kinds.some((k) => k.id === e.kind)),
    'An event names a kind not listed',
  );

/** The kinds of CPD and the recurring events to suggest: data (resources/catalogue/cpd.json), checked once. */
export const CPD_CATALOGUE = cpdCatalogue.parse(catalogue);
export type RecurringEvent = (typeof CPD_CATALOGUE.recurringEvents)[number];

export const cpdKinds = (): CpdKind[] => CPD_CATALOGUE.kinds;

/** The recurring events a role is offered: for link workers, the national social prescribing webinar. */
export const recurringEventsFor = (role: Role): RecurringEvent[] =>
  CPD_CATALOGUE.recurringEvents.filter((event) => event.roles.includes(role));

export const kindLabel = (kind: string): string => CPD_CATALOGUE.kinds.find((k) => k.id === kind)?.label ?? kind;
