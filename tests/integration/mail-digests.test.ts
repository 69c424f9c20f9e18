import fs from 'node:fs';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/backend/access/caller.ts';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { SHOWN_PER_KIND } from '../../src/backend/mail/digest-message.ts';
import { sendDigests } from '../../src/backend/mail/digests.ts';
import { recordDueReminders } from '../../src/backend/reminders/record-due.ts';
import type { MailMessage, MailTransport } from '../../src/backend/mail/transport.ts';
import { verifyUnsubscribeToken } from '../../src/backend/mail/unsubscribe-links.ts';
import { workerFields } from '../../src/shared/schemas/staff.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import { accountFor } from '../support/accounts.ts';
import { ok, tempDir } from '../support/backend.ts';
import { linkWorker } from '../support/link-worker.ts';
import type { TestSmtp } from '../support/smtp.ts';
import { closedPort, settingsFor, startTestSmtp } from '../support/smtp.ts';

const TODAY = '2026-11-24';
const PRIVATE_NOTE = 'Talked about her housing worries and a hard month at home';
const quiet = { info: () => {}, error: () => {} };
const cleanUp: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanUp.splice(0).reverse()) await step();
});

/** Free text staff write about people and sessions: none of it may leave in an e-mail. */
const FREE_TEXT: readonly [string, string][] = [
  ['training_record', 'notes'],
  ['supervision_session', 'cases_discussed'],
  ['supervision_session', 'risks'],
  ['supervision_session', 'referrals_back'],
  ['supervision_session', 'wellbeing'],
  ['supervision_session', 'learning_needs'],
  ['supervision_addendum', 'text'],
  ['assessment_rating', 'reflection'],
  ['assessment_rating', 'supervisor_comment'],
  ['exemption', 'reason'],
];

function freeTextOf(backend: Backend): string[] {
  return FREE_TEXT.flatMap(([table, column]) =>
    (backend.ctx.db.prepare(`SELECT DISTINCT ${column} AS text FROM ${table}`).all() as { text: string | null }[])
      .map((row) => row.text?.trim() ?? '')
      .filter((text) => text.length >= 12),
  );
}

interface Team {
  backend: Backend;
  smtp: TestSmtp;
  transport: Transporter;
  emails: { lead: string; supervisor: string; worker: string; quiet: string; viewer: string };
  leadCaller: Caller;
}

/**
 * The example PCN on a pinned date in team mode, with mail on and pointed at a test server: the lead (a GP who
 * supervises too), a supervisor, a worker with reminders, a colleague with none and a viewer with none.
 */
async function exampleTeam(): Promise<Team> {
  const dir = tempDir('linkwork-mail-');
  const backend = createBackend({ dataDir: dir, pinnedToday: TODAY, osUser: 'tester' });
  cleanUp.push(
    () => fs.rmSync(dir, { recursive: true, force: true }),
    () => backend.close(),
  );
  seedExample(backend.ctx, { profile: 'pcn', seed: 1, today: TODAY });
  const smtp = await startTestSmtp();
  cleanUp.push(() => smtp.close());
  await ok(backend, 'mail.saveSettings', settingsFor(smtp.port));
  // A note on the very training the worker is reminded of: it must never leave in an e-mail.
  await ok(backend, 'training.record', {
    workerId: 4,
    requirementId: 'safeguarding-adults',
    status: 'booked',
    notes: PRIVATE_NOTE,
  });
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
  cleanUp.push(() => transport.close());

  const { supervisorId } = backend.ctx.db
    .prepare('SELECT supervisor_id AS supervisorId FROM worker WHERE id = 4')
    .get() as {
    supervisorId: number;
  };
  const emails = {
    lead: 'lead@nhs.net',
    supervisor: 'supervisor@nhs.net',
    worker: 'amelia@nhs.net',
    quiet: 'quiet@nhs.net',
    viewer: 'viewer@nhs.net',
  };
  const lead = await accountFor(backend, { kind: 'colleague', id: 1 }, emails.lead, { lead: true });
  await accountFor(backend, { kind: 'colleague', id: supervisorId }, emails.supervisor);
  await accountFor(backend, { kind: 'worker', id: 4 }, emails.worker);
  // In the example on this date, colleagues 3 and 7 supervise no one with anything due.
  await accountFor(backend, { kind: 'colleague', id: 3 }, emails.quiet);
  await accountFor(backend, { kind: 'colleague', id: 7 }, emails.viewer, { viewer: true });
  return { backend, smtp, transport, emails, leadCaller: lead.caller };
}

/** The accounts the reminder table addresses today, by e-mail: what the digests must reach. */
function addressedAccounts(backend: Backend): string[] {
  const rows = backend.ctx.db
    .prepare(
      `SELECT DISTINCT a.email FROM account a JOIN reminder r
         ON r.recipient = 'worker:' || a.worker_id OR r.recipient = 'colleague:' || a.colleague_id
         OR (r.recipient = 'lead' AND a.lead = 1)
       ORDER BY a.email`,
    )
    .all() as { email: string }[];
  return rows.map((row) => row.email);
}

const titlesFor = (backend: Backend, recipients: string[], kind?: string) =>
  (
    backend.ctx.db
      .prepare(
        `SELECT DISTINCT title FROM reminder WHERE recipient IN (${recipients.map(() => '?').join(', ')})
         ${kind ? 'AND kind = ?' : ''}`,
      )
      .all(...recipients, ...(kind ? [kind] : [])) as { title: string }[]
  ).map((row) => row.title);

/** The test server's transport, with something happening just before each message goes (a failure, another write). */
const withEachSend = (transport: Transporter, beforeSend: (message: MailMessage) => void): MailTransport => ({
  sendMail: async (message) => {
    beforeSend(message);
    return transport.sendMail(message);
  },
});

const refusedConnection = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1'), { code: 'ECONNREFUSED' });

describe('e-mail digests (team mode)', () => {
  it('sends exactly one digest to each account with reminders, staff data only, and none on a re-run that day', async () => {
    const { backend, smtp, transport, emails } = await exampleTeam();

    const run = await sendDigests(backend.ctx.db, TODAY, transport, quiet);

    expect(run.failed).toEqual([]);
    const expected = addressedAccounts(backend);
    expect(expected).toEqual(expect.arrayContaining([emails.lead, emails.supervisor, emails.worker]));
    expect(expected).not.toContain(emails.quiet);
    expect(expected).not.toContain(emails.viewer);
    const recipients = smtp.received.map((mail) => mail.to.join()).sort();
    expect(recipients, 'one message per account with reminders, to that account only').toEqual(expected);

    const amelia = smtp.received.find((mail) => mail.to[0] === emails.worker)!;
    expect(amelia.from).toBe('linkwork@example.nhs.uk');
    for (const title of titlesFor(backend, ['worker:4'])) expect(amelia.text).toContain(title);
    expect(amelia.text).toContain('https://linkwork.example.nhs.uk/#/staff/4/');
    expect(amelia.text).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(amelia.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(amelia.html).toContain('<a href="https://linkwork.example.nhs.uk/#/staff/4/');
    expect(amelia.text).toContain('Choose what these e-mails tell you about: https://linkwork.example.nhs.uk/#/email');

    // The lead hears of everyone's overdue items: a long kind lists the first few and counts the rest.
    const lead = smtp.received.find((mail) => mail.to[0] === emails.lead)!;
    const leadTraining = titlesFor(backend, ['lead', 'colleague:1'], 'training');
    expect(leadTraining.length).toBeGreaterThan(SHOWN_PER_KIND);
    expect(leadTraining.filter((title) => lead.text.includes(title))).toHaveLength(SHOWN_PER_KIND);
    expect(lead.text).toContain(
      `- and ${leadTraining.length - SHOWN_PER_KIND} more training reminders in Linkwork: https://linkwork.example.nhs.uk/#/home`,
    );
    for (const title of titlesFor(backend, ['lead', 'colleague:1'], 'induction')) expect(lead.text).toContain(title);

    const freeText = freeTextOf(backend);
    expect(freeText, 'the example has free text to leak').toContain(PRIVATE_NOTE);
    for (const mail of smtp.received) {
      const everything = `${mail.subject}\n${mail.text}\n${mail.html}`;
      for (const text of freeText) expect(everything, `${mail.to[0]} holds free text`).not.toContain(text);
      expect(everything, 'nothing like an NHS number').not.toMatch(/\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/);
    }
    const marked = backend.ctx.db
      .prepare('SELECT count(DISTINCT account_id) AS n FROM reminder_emailed WHERE emailed_on = ?')
      .get(TODAY) as { n: number };
    expect(marked.n, 'each account that was sent a digest').toBe(expected.length);

    const again = await sendDigests(backend.ctx.db, TODAY, transport, quiet);
    expect(again.sent).toEqual([]);
    expect(smtp.received).toHaveLength(expected.length);
  }, 60_000);

  it("leaves out a kind the person unsubscribed from, and each kind's link unsubscribes that account from it", async () => {
    const { backend, smtp, transport, emails } = await exampleTeam();
    const amelia = await accountFor(backend, { kind: 'worker', id: 2 }, 'worker2@nhs.net');
    const callAsWorker = (unsubscribed: ('training' | 'induction' | 'supervision' | 'assessment')[]) =>
      backend.callAs(amelia.caller, 'mail.savePreferences', { unsubscribed });
    const saved = await callAsWorker(['supervision']);
    expect(saved.ok && saved.value.unsubscribed).toEqual(['supervision']);
    const workerFour = backend.ctx.db.prepare('SELECT id FROM account WHERE email = ?').get(emails.worker) as {
      id: number;
    };
    backend.ctx.db
      .prepare("INSERT INTO email_unsubscribe (account_id, kind, at) VALUES (?, 'training', ?)")
      .run(workerFour.id, `${TODAY}T09:00:00Z`);

    await sendDigests(backend.ctx.db, TODAY, transport, quiet);

    const mail = smtp.received.find((m) => m.to[0] === emails.worker)!;
    const training = titlesFor(backend, ['worker:4'], 'training');
    expect(training.length).toBeGreaterThan(0);
    for (const title of training) expect(mail.text).not.toContain(title);
    for (const title of titlesFor(backend, ['worker:4'], 'induction')) expect(mail.text).toContain(title);
    expect(
      backend.ctx.db
        .prepare(
          `SELECT count(*) AS n FROM reminder_emailed e JOIN reminder r ON r.id = e.reminder_id
           WHERE e.account_id = ? AND r.kind = 'training'`,
        )
        .get(workerFour.id),
    ).toEqual({ n: 0 });

    const link = /Stop induction e-mails: (\S+)/.exec(mail.text)?.[1];
    const token = new URL(link!).searchParams.get('t')!;
    expect(verifyUnsubscribeToken(backend.ctx.db, token)).toEqual({ accountId: workerFour.id, kind: 'induction' });
    expect(verifyUnsubscribeToken(backend.ctx.db, token.replace('induction', 'training'))).toBeNull();
    expect(verifyUnsubscribeToken(backend.ctx.db, token.replace(/^\d+/, '1'))).toBeNull();
  }, 60_000);

  it('sends nothing while mail is off, and a failed send is given back to try again later', async () => {
    const { backend, smtp, transport } = await exampleTeam();
    await ok(backend, 'mail.saveSettings', { ...settingsFor(smtp.port), enabled: false });
    expect((await sendDigests(backend.ctx.db, TODAY, transport, quiet)).skipped).toBe('mail is off');
    await ok(backend, 'mail.saveSettings', settingsFor(smtp.port));

    const dead = nodemailer.createTransport({ host: '127.0.0.1', port: await closedPort(), ignoreTLS: true });
    const errors: string[] = [];
    const failed = await sendDigests(backend.ctx.db, TODAY, dead, {
      info: () => {},
      error: (line) => errors.push(line),
    });
    expect(failed.sent).toEqual([]);
    expect(failed.failed.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/refused the connection/);
    expect(smtp.received).toEqual([]);

    const retried = await sendDigests(backend.ctx.db, TODAY, transport, quiet);
    expect(retried.sent.map((s) => s.email).sort()).toEqual(failed.failed.map((f) => f.email).sort());
  }, 60_000);

  it('sends a test message through the saved settings, and says why when the server cannot be reached', async () => {
    const { backend, smtp, emails, leadCaller: lead } = await exampleTeam();

    const sent = await backend.callAs(lead, 'mail.sendTest', {});
    expect(sent).toEqual({
      ok: true,
      value: { to: 'lead@nhs.net', message: 'A test message went to lead@nhs.net through 127.0.0.1' },
    });
    expect(smtp.received.map((mail) => mail.to)).toEqual([['lead@nhs.net']]);
    expect(smtp.received[0]?.subject).toBe('Linkwork: test message');
    await backend.callAs(lead, 'mail.sendTest', { to: emails.viewer });
    expect(smtp.received[1]?.to).toEqual([emails.viewer]);

    const port = await closedPort();
    await ok(backend, 'mail.saveSettings', settingsFor(port));
    const refused = await backend.callAs(lead, 'mail.sendTest', {});
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `The mail server at 127.0.0.1 port ${port} refused the connection: check the port`,
      },
    });

    await ok(backend, 'mail.saveSettings', {
      ...settingsFor(port),
      host: 'no-such-host.invalid',
      security: 'starttls',
    });
    const unknown = await backend.callAs(lead, 'mail.sendTest', {});
    expect(unknown.ok === false && unknown.error.message).toBe(
      'The mail server no-such-host.invalid was not found: check its name',
    );
  }, 60_000);

  it("sends a reminder shared by every lead to each lead: one lead's digest does not use it up for another whose send failed", async () => {
    const { backend, smtp, transport, emails } = await exampleTeam();
    const db = backend.ctx.db;
    const colleagueId = db
      .prepare(
        'SELECT id FROM colleague WHERE id NOT IN (SELECT colleague_id FROM account WHERE colleague_id IS NOT NULL)',
      )
      .pluck()
      .get() as number;
    const secondLead = 'second.lead@nhs.net';
    await accountFor(backend, { kind: 'colleague', id: colleagueId }, secondLead, { lead: true });
    let refusedOnce = false;
    const refusingTheSecondLeadOnce = withEachSend(transport, (message) => {
      if (message.to !== secondLead || refusedOnce) return;
      refusedOnce = true;
      throw refusedConnection();
    });

    const first = await sendDigests(db, TODAY, refusingTheSecondLeadOnce, quiet);
    expect(first.sent.map((s) => s.email)).toContain(emails.lead);
    expect(first.failed.map((f) => f.email)).toEqual([secondLead]);

    const retried = await sendDigests(db, TODAY, transport, quiet);
    expect(retried.sent.map((s) => s.email)).toEqual([secondLead]);
    const mail = smtp.received.find((m) => m.to[0] === secondLead)!;
    const forEveryLead = titlesFor(backend, ['lead'], 'induction');
    expect(forEveryLead.length).toBeGreaterThan(0);
    for (const title of forEveryLead) expect(mail.text).toContain(title);
    const leadsEmailed = db
      .prepare(
        `SELECT count(DISTINCT e.account_id) FROM reminder_emailed e JOIN reminder r ON r.id = e.reminder_id
         WHERE r.recipient = 'lead'`,
      )
      .pluck()
      .get();
    expect(leadsEmailed, 'both leads are noted as e-mailed the shared reminders').toBe(2);
  }, 60_000);

  it('leaves out of a later digest in the same run a reminder resolved while earlier digests were being sent', async () => {
    const { backend, smtp, transport, emails } = await exampleTeam();
    const db = backend.ctx.db;
    let resolvedTitles: string[] = [];
    // Amelia's training is recorded (say) while the lead's digest is going: her own digest comes later in the run.
    const resolvingBeforeTheFirstSend = withEachSend(transport, (message) => {
      if (resolvedTitles.length > 0 || message.to === emails.worker) return;
      const itemKey = db
        .prepare("SELECT item_key FROM reminder WHERE recipient = 'worker:4' ORDER BY due_date, id LIMIT 1")
        .pluck()
        .get() as string;
      resolvedTitles = db
        .prepare('SELECT DISTINCT title FROM reminder WHERE worker_id = 4 AND item_key = ?')
        .pluck()
        .all(itemKey) as string[];
      db.prepare('UPDATE reminder SET resolved_on = ? WHERE worker_id = 4 AND item_key = ?').run(TODAY, itemKey);
    });

    await sendDigests(db, TODAY, resolvingBeforeTheFirstSend, quiet);

    expect(resolvedTitles.length).toBeGreaterThan(0);
    const amelia = smtp.received.find((mail) => mail.to[0] === emails.worker)!;
    for (const title of resolvedTitles) expect(amelia.text).not.toContain(title);
    const stillStanding = titlesFor(backend, ['worker:4']).filter((title) => !resolvedTitles.includes(title));
    expect(stillStanding.length).toBeGreaterThan(0);
    for (const title of stillStanding) expect(amelia.text).toContain(title);
  }, 60_000);

  it('lets a worker made in error be removed after their reminders were e-mailed, the note of those e-mails with them', async () => {
    const { backend, transport } = await exampleTeam();
    const db = backend.ctx.db;
    const added = await ok(backend, 'worker.create', linkWorker({ name: 'Florence Added Twice' }));
    await sendDigests(db, TODAY, transport, quiet);
    const emailedRows = () => db.prepare('SELECT count(*) FROM reminder_emailed').pluck().get() as number;
    const aboutTheWorker = db
      .prepare('SELECT count(*) FROM reminder_emailed e JOIN reminder r ON r.id = e.reminder_id WHERE r.worker_id = ?')
      .pluck()
      .get(added.id) as number;
    expect(aboutTheWorker, 'the leads heard of her overdue items').toBeGreaterThan(0);
    const before = emailedRows();

    await ok(backend, 'worker.removeMadeInError', { id: added.id, reason: 'Added twice by mistake' });

    expect(emailedRows()).toBe(before - aboutTheWorker);
  }, 60_000);

  it("leaves a worker's reminders out of their former supervisor's digest once someone else supervises them", async () => {
    const { backend, smtp, transport, emails } = await exampleTeam();
    const db = backend.ctx.db;
    recordDueReminders(db, TODAY);
    const toTheSupervisor = db
      .prepare(
        `SELECT DISTINCT title FROM reminder
         WHERE worker_id = 4 AND recipient = (SELECT 'colleague:' || supervisor_id FROM worker WHERE id = 4)`,
      )
      .pluck()
      .all() as string[];
    expect(toTheSupervisor.length).toBeGreaterThan(0);
    const amelia = await ok(backend, 'worker.get', { id: 4 });
    await ok(backend, 'worker.update', { id: 4, fields: { ...workerFields.parse(amelia), supervisorId: 3 } });

    await sendDigests(db, TODAY, transport, quiet);

    const formerSupervisor = smtp.received.find((mail) => mail.to[0] === emails.supervisor);
    for (const title of toTheSupervisor) expect(formerSupervisor?.text ?? '').not.toContain(title);
    const worker = smtp.received.find((mail) => mail.to[0] === emails.worker)!;
    for (const title of titlesFor(backend, ['worker:4']))
      expect(worker.text, 'Amelia hears of her own').toContain(title);
  }, 60_000);
});
