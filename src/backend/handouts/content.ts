import type { HandoutContent, HandoutPlaceholder } from '../../shared/domain/handouts.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { fillPlaceholders } from '../../shared/rules/handout-wording.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { listPractices, readPcn } from '../pcn/queries.ts';
import { findWorkerRow } from '../staff/queries.ts';
import { readHandoutDetails } from './queries.ts';
import { readHandoutWording } from './wording.ts';

const inList = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * A link worker's handout in words: the PCN's wording filled in for them, then how to reach them. Someone with no
 * base practice works across the PCN, so every practice is named. The practice table holds names only (no address
 * or phone), so the surgery is named and nothing more.
 */
export function handoutContent(ctx: Ctx, workerId: number): HandoutContent {
  const worker = findWorkerRow(ctx.db, workerId);
  if (!worker) throw notFound('worker', workerId);
  if (worker.role !== 'splw') {
    throw conflict(
      `The patient handout is about social prescribing link workers; ${worker.name} is a ${ROLE_LABELS[worker.role].toLowerCase()}`,
    );
  }
  if (worker.leavingDate !== null && worker.leavingDate < today(ctx)) {
    throw conflict(`${worker.name} left on ${formatUkDate(worker.leavingDate)}: patients cannot be referred to them`);
  }
  const practices = worker.basePracticeName
    ? [worker.basePracticeName]
    : listPractices(ctx.db).map((practice) => practice.name);
  const values: Record<HandoutPlaceholder, string> = {
    name: worker.name,
    firstName: worker.name.split(/\s+/)[0] ?? worker.name,
    practices: inList.format(practices),
    pcn: readPcn(ctx.db)?.name ?? '',
  };
  const wording = readHandoutWording(ctx.db);
  const fill = (text: string) => fillPlaceholders(text, values);
  const details = readHandoutDetails(ctx.db, workerId);
  const contacts: [string, string][] = [
    ['Phone', details.phone],
    ['Email', details.email],
    ['When', details.workingTimes],
    [practices.length > 1 ? 'Surgeries' : 'Surgery', inList.format(practices)],
  ];
  return {
    workerName: worker.name,
    title: fill(wording.title),
    intro: fill(wording.intro),
    sections: [
      { heading: fill(wording.doHeading), text: fill(wording.doText) },
      { heading: fill(wording.expectHeading), text: fill(wording.expectText) },
      { heading: fill(wording.reachHeading), text: fill(wording.reachText) },
    ],
    contacts: contacts.filter(([, value]) => value !== ''),
    closing: fill(wording.closing),
  };
}

/** A file name from the worker's name: letters and digits, words joined by hyphens. */
export const handoutFileName = (name: string, extension: string) =>
  `patient-handout-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}.${extension}`;
