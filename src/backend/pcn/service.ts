import type { z } from 'zod';
import type { Colleague, Employer, Pcn, Practice } from '../../shared/domain/pcn.ts';
import type { pcnSetUpInput } from '../../shared/schemas/pcn.ts';
import { countOf } from '../../shared/rules/words.ts';
import { createAudited, updateAudited } from '../audit/audited.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { conflict, invalidField } from '../errors.ts';
import * as q from './queries.ts';

export function setUpPcn(ctx: Ctx, input: z.output<typeof pcnSetUpInput>): void {
  inTransaction(ctx, () => {
    if (q.readPcn(ctx.db)) throw conflict('This data file already has a PCN set up');
    const lead = input.practices[input.leadPracticeIndex];
    if (!lead) throw invalidField('leadPracticeIndex', 'Choose which practice is the lead employer');
    q.writePcn(ctx.db, input.pcn);
    input.practices.forEach((practice, index) => {
      if (q.practiceIdByOdsCode(ctx.db, practice.odsCode) !== undefined) {
        throw invalidField(`practices.${index}.odsCode`, `ODS code ${practice.odsCode} is used twice`);
      }
      q.insertPractice(ctx.db, practice);
    });
    q.insertEmployer(ctx.db, { name: lead.name, kind: 'lead_practice' });
    recordAudit(ctx, {
      action: 'pcn.setUp',
      entity: 'pcn',
      entityId: 1,
      summary: `Set up ${input.pcn.name} with ${countOf(input.practices.length, 'practice')}; ${lead.name} is the lead employer`,
      after: input,
    });
  });
}

export function updatePcn(ctx: Ctx, pcn: Pcn): Pcn {
  return inTransaction(ctx, () => {
    const before = q.readPcn(ctx.db);
    if (!before) throw conflict('Set up the PCN first');
    q.writePcn(ctx.db, pcn);
    recordAudit(ctx, {
      action: 'pcn.update',
      entity: 'pcn',
      entityId: 1,
      summary: `Changed the PCN details`,
      before,
      after: pcn,
    });
    return pcn;
  });
}

function assertUniqueOdsCode(ctx: Ctx, odsCode: string, id?: number): void {
  const holder = q.practiceIdByOdsCode(ctx.db, odsCode);
  if (holder !== undefined && holder !== id)
    throw invalidField('odsCode', `Another practice already has ODS code ${odsCode}`);
}

function assertUniqueEmployerName(ctx: Ctx, name: string, id?: number): void {
  const holder = q.employerIdByName(ctx.db, name);
  if (holder !== undefined && holder !== id) throw invalidField('name', `There is already an employer called ${name}`);
}

function assertPracticeExists(ctx: Ctx, id: number | null, field: string): void {
  if (id !== null && !q.findPractice(ctx.db, id)) throw invalidField(field, 'That practice does not exist');
}

const practices = (ctx: Ctx) => ({ entity: 'practice', find: (id: number) => q.findPractice(ctx.db, id) });
const employers = (ctx: Ctx) => ({ entity: 'employer', find: (id: number) => q.findEmployer(ctx.db, id) });
const colleagues = (ctx: Ctx) => ({
  entity: 'colleague',
  noun: 'supervisor or contact',
  find: (id: number) => q.findColleague(ctx.db, id),
});

export function createPractice(ctx: Ctx, fields: Omit<Practice, 'id'>): Practice {
  return createAudited(ctx, practices(ctx), () => {
    assertUniqueOdsCode(ctx, fields.odsCode);
    return q.insertPractice(ctx.db, fields);
  });
}

export function updatePractice(ctx: Ctx, practice: Practice): Practice {
  return updateAudited(ctx, practices(ctx), practice.id, () => {
    assertUniqueOdsCode(ctx, practice.odsCode, practice.id);
    q.updatePractice(ctx.db, practice);
  });
}

export function createEmployer(ctx: Ctx, fields: Omit<Employer, 'id'>): Employer {
  return createAudited(ctx, employers(ctx), () => {
    assertUniqueEmployerName(ctx, fields.name);
    return q.insertEmployer(ctx.db, fields);
  });
}

export function updateEmployer(ctx: Ctx, employer: Employer): Employer {
  return updateAudited(ctx, employers(ctx), employer.id, () => {
    assertUniqueEmployerName(ctx, employer.name, employer.id);
    q.updateEmployer(ctx.db, employer);
  });
}

export function createColleague(ctx: Ctx, fields: Omit<Colleague, 'id'>): Colleague {
  return createAudited(ctx, colleagues(ctx), () => {
    assertPracticeExists(ctx, fields.practiceId, 'practiceId');
    return q.insertColleague(ctx.db, fields);
  });
}

export function updateColleague(ctx: Ctx, colleague: Colleague): Colleague {
  return updateAudited(ctx, colleagues(ctx), colleague.id, () => {
    assertPracticeExists(ctx, colleague.practiceId, 'practiceId');
    q.updateColleague(ctx.db, colleague);
  });
}
