import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { Caller } from '../../src/backend/access/caller.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import { loadFactSources } from '../../src/backend/compliance/fact-sources.ts';
import { listRequirements } from '../../src/backend/requirements/queries.ts';
import { listWorkerFacts } from '../../src/backend/staff/queries.ts';
import { exemptionsByWorker } from '../../src/backend/training/queries.ts';
import type { ComplianceStatus, RecordFacts } from '../../src/shared/rules/compliance.ts';
import { evaluateRequirement, isRequired, worse } from '../../src/shared/rules/compliance.ts';
import { decodeMatrix } from '../../src/shared/rules/matrix-wire.ts';
import { filterMatrixRows, isCompliant, NO_FILTER } from '../../src/shared/rules/matrix-view.ts';
import { roundToPlaces } from '../../src/shared/rules/money.ts';
import { isInPost } from '../../src/shared/rules/workforce.ts';
import { ok, testBackend } from '../support/backend.ts';
import { accountCaller } from '../support/callers.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';

const TODAY = '2026-11-24';

function examplePcn(): Backend {
  const backend = testBackend(`${TODAY}T10:00:00Z`);
  seedExample(backend.ctx, { profile: 'pcn', seed: 1, today: TODAY });
  return backend;
}

async function refusal(backend: Backend, caller: Caller, ...[method, input]: Parameters<Backend['call']>) {
  const answer = await backend.callAs(caller, method, input as never);
  return answer.ok ? 'OK' : answer.error.code;
}

/**
 * The compliance % at a month end worked out the slow, obvious way: every requirement of every person in post,
 * through the status rule itself, with only the evidence completed by then. The home page's trend must agree.
 */
function percentAt(backend: Backend, day: string): number | null {
  const db = backend.ctx.db;
  const requirements = listRequirements(db).filter((r) => r.retiredOn === null);
  const facts = loadFactSources(db, TODAY);
  const exemptions = exemptionsByWorker(db);
  let required = 0;
  let met = 0;
  const count = (status: ComplianceStatus) => {
    if (!isRequired(status)) return;
    required++;
    if (isCompliant(status)) met++;
  };
  for (const worker of listWorkerFacts(db).filter((w) => isInPost(w, day))) {
    const statusOf = (r: (typeof requirements)[number]) => {
      const known = facts(r, worker.id).filter((f: RecordFacts) => f.status === 'completed' && f.completedOn! <= day);
      const exempt = exemptions.get(worker.id)?.has(r.id) ?? false;
      return evaluateRequirement(r, worker, known, exempt, day, { expiringSoonDays: 30 }).status;
    };
    requirements.filter((r) => r.kind !== 'induction').forEach((r) => count(statusOf(r)));
    count(
      requirements
        .filter((r) => r.kind === 'induction')
        .reduce<ComplianceStatus>((w, r) => worse(w, statusOf(r)), 'not_required'),
    );
  }
  return required === 0 ? null : roundToPlaces((met / required) * 100, 1);
}

describe('home.lead', () => {
  it('counts what the matrix shows: each count is exactly the people its filter lists', async () => {
    const backend = examplePcn();
    const home = await ok(backend, 'home.lead', {});
    const matrix = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
    const shown = (change: Partial<typeof NO_FILTER>) => filterMatrixRows(matrix, { ...NO_FILTER, ...change });

    expect(home.today).toBe(TODAY);
    expect(home.overdue.people).toBe(shown({ status: 'overdue' }).length);
    expect(home.expired.people).toBe(shown({ status: 'expired' }).length);
    expect(home.overdue.items).toBe(
      shown({ status: 'overdue' }).reduce((n, r) => n + r.cells.filter((c) => c.s === 'overdue').length, 0),
    );
    expect(home.expiring.map((e) => e.days)).toEqual([30, 60, 90]);
    for (const window of home.expiring) expect(window.people).toBe(shown({ within: window.days }).length);
    // Wider windows hold everything the narrower ones do.
    const [in30, in60, in90] = home.expiring.map((e) => e.items);
    expect(in30).toBeLessThanOrEqual(in60!);
    expect(in60).toBeLessThanOrEqual(in90!);
    expect(home.overdue.people + home.expired.people + in90!).toBeGreaterThan(0);
  });

  it('gives the compliance % now and at each of the last twelve month ends, as the status rule works them out', async () => {
    const backend = examplePcn();
    const home = await ok(backend, 'home.lead', {});
    expect(home.compliance.percent).not.toBeNull();
    expect(home.trend.map((p) => p.monthEnd).at(-1)).toBe('2026-10-31');
    expect(home.trend.length).toBeLessThanOrEqual(12);
    for (const point of home.trend) expect(point.percent).toBe(percentAt(backend, point.monthEnd));
  });

  it('leaves out month ends before anyone was in post rather than showing 0 %', async () => {
    const backend = testBackend(`${TODAY}T10:00:00Z`);
    await supervisedLinkWorker(backend);
    await ok(backend, 'worker.update', { id: 1, fields: linkWorker({ startDate: '2026-06-15' }) });
    const { trend } = await ok(backend, 'home.lead', {});
    expect(trend.map((p) => p.monthEnd)).toEqual([
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
    ]);
  });

  it('counts an enrolment on a course met by enrolment as met from the month it began', async () => {
    const trendOf = async (enrolled: boolean) => {
      const backend = testBackend(`${TODAY}T10:00:00Z`);
      const { workerId } = await supervisedLinkWorker(backend);
      if (enrolled)
        await ok(backend, 'training.record', {
          workerId,
          requirementId: 'splw-pci-training',
          status: 'enrolled',
          startDate: '2026-08-03',
          provider: 'Personalised Care Institute',
        });
      return (await ok(backend, 'home.lead', {})).trend;
    };
    const [without, withEnrolment] = [await trendOf(false), await trendOf(true)];
    withEnrolment.forEach((point, i) => {
      const before = without[i]!;
      expect(point.monthEnd).toBe(before.monthEnd);
      if (point.monthEnd < '2026-08-31') expect(point.percent, point.monthEnd).toBe(before.percent);
      else expect(point.percent, point.monthEnd).toBeGreaterThan(before.percent);
    });
  });

  it('names the next claim, supervision overdue, assessments to sign off, people without a supervisor and recent changes', async () => {
    const backend = examplePcn();
    const home = await ok(backend, 'home.lead', {});
    // The claim day is the 10th: on the 24th November's claim is being prepared, due on 10 December.
    expect(home.claim).toMatchObject({ month: '2026-11', dueOn: '2026-12-10', daysLeft: 16 });
    const readiness = await ok(backend, 'claim.readiness', { month: '2026-11' });
    expect(home.claim).toMatchObject({ lines: readiness.lines, blockedLines: readiness.blockedLines });
    const workers = await ok(backend, 'worker.list', {});
    const inPost = new Set(workers.filter((w) => w.leavingDate === null || w.leavingDate >= TODAY).map((w) => w.id));
    for (const person of [...home.supervisionOverdue, ...home.withoutSupervisor])
      expect(inPost.has(person.id)).toBe(true);
    for (const id of home.withoutSupervisor.map((p) => p.id))
      expect((await ok(backend, 'worker.get', { id })).supervisorId).toBeNull();
    for (const a of home.assessmentsWaiting)
      expect((await ok(backend, 'assessment.get', { id: a.id })).assessment.status).toBe('submitted');
    expect(home.recentChanges.length).toBeGreaterThan(0);
    expect(home.recentChanges.length).toBeLessThanOrEqual(8);
    expect(home.recentChanges[0]!.summary).not.toBe('');
  });

  it('is refused to a supervisor and a worker', async () => {
    const backend = examplePcn();
    const [worker] = await ok(backend, 'worker.list', {});
    expect(await refusal(backend, accountCaller({ workerId: worker!.id }), 'home.lead', {})).toBe('FORBIDDEN');
    expect(await refusal(backend, accountCaller({ colleagueId: 1 }), 'home.lead', {})).toBe('FORBIDDEN');
    expect(await refusal(backend, accountCaller({ viewer: true }), 'home.lead', {})).toBe('OK');
  });
});

describe('home.supervisor', () => {
  it('lists a supervisor their own supervisees in post, with sessions to sign and assessments to review', async () => {
    const backend = examplePcn();
    const workers = await ok(backend, 'worker.list', {});
    const supervisor = workers.find((w) => w.supervisorId !== null)!.supervisorId!;
    const theirs = workers
      .filter((w) => w.supervisorId === supervisor && (w.leavingDate === null || w.leavingDate >= TODAY))
      .map((w) => w.id)
      .sort((a, b) => a - b);

    const answer = await backend.callAs(accountCaller({ colleagueId: supervisor }), 'home.supervisor', {});
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.supervisor?.id).toBe(supervisor);
    expect(answer.value.supervisees.map((s) => s.id).sort((a, b) => a - b)).toEqual(theirs);
    for (const s of answer.value.supervisees) {
      for (const { id } of s.sessionsToSign) {
        const session = await ok(backend, 'supervision.get', { id });
        expect(session.workerId).toBe(s.id);
        expect(session.supervisorSignature).toBeNull();
      }
      for (const { id } of s.assessmentsToReview)
        expect((await ok(backend, 'assessment.get', { id })).assessment.status).toBe('submitted');
    }
  });

  it("refuses another supervisor's team; personal mode names whom it acts for", async () => {
    const backend = examplePcn();
    const workers = await ok(backend, 'worker.list', {});
    const supervisors = [...new Set(workers.flatMap((w) => (w.supervisorId === null ? [] : [w.supervisorId])))];
    const [mine, theirs] = supervisors;
    expect(
      await refusal(backend, accountCaller({ colleagueId: mine! }), 'home.supervisor', { colleagueId: theirs! }),
    ).toBe('FORBIDDEN');
    const personal = await ok(backend, 'home.supervisor', { colleagueId: theirs! });
    expect(personal.supervisees.every((s) => workers.find((w) => w.id === s.id)?.supervisorId === theirs)).toBe(true);
    expect(await ok(backend, 'home.supervisor', {})).toEqual({ today: TODAY, supervisor: null, supervisees: [] });
  });
});

describe('home.mine', () => {
  it("lists a worker's lapsed and coming steps in date order, each leading to its fix", async () => {
    const backend = examplePcn();
    const workers = await ok(backend, 'worker.list', {});
    const worker = workers.find((w) => w.leavingDate === null)!;
    const answer = await backend.callAs(accountCaller({ workerId: worker.id }), 'home.mine', {});
    if (!answer.ok) throw new Error(answer.error.message);
    const { steps } = answer.value;
    expect(answer.value.worker.id).toBe(worker.id);
    const lapsed = steps.filter((s) => s.lapsed);
    expect(steps.slice(0, lapsed.length)).toEqual(lapsed);
    const dated = steps.slice(lapsed.length).flatMap((s) => (s.date ? [s.date] : []));
    expect(dated).toEqual([...dated].sort());
    for (const step of steps.filter((s) => !s.lapsed && s.date)) expect(step.date! <= '2027-02-22').toBe(true);

    const compliance = await ok(backend, 'compliance.worker', { workerId: worker.id });
    // Everything lapsed that is the worker's to do: claim conditions the lead sees to (additionality, NWRS) are not.
    const due = compliance.items.filter(
      (i) =>
        ['overdue', 'expired'].includes(i.status.status) &&
        (i.requirement.kind !== 'arrs_condition' || i.requirement.check === 'supervision'),
    );
    expect(lapsed.length).toBe(due.length);
  });

  it("refuses another worker's steps and asks personal mode whose to show", async () => {
    const backend = examplePcn();
    const [w, v] = await ok(backend, 'worker.list', {});
    expect(await refusal(backend, accountCaller({ workerId: w!.id }), 'home.mine', { workerId: v!.id })).toBe(
      'FORBIDDEN',
    );
    expect(await refusal(backend, { kind: 'personal' }, 'home.mine', {})).toBe('VALIDATION');
    expect((await ok(backend, 'home.mine', { workerId: v!.id })).worker.id).toBe(v!.id);
  });
});
