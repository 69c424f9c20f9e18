import { afterEach, describe, expect, it } from 'vitest';
import { ok, testBackend } from '../support/backend.ts';
import type { TestSmtp } from '../support/smtp.ts';
import { settingsFor, startTestSmtp } from '../support/smtp.ts';

const servers: TestSmtp[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function smtpServer(login?: { user: string; pass: string }): Promise<TestSmtp> {
  const server = await startTestSmtp(login);
  servers.push(server);
  return server;
}

describe('the mail server settings', () => {
  it('keep the password on the serving machine: never returned, kept when left empty, dropped with the user name', async () => {
    const backend = testBackend();
    const withLogin = { ...settingsFor(2525), username: 'linkwork', password: 'app password 1' };
    const saved = await ok(backend, 'mail.saveSettings', withLogin);
    expect(saved).not.toHaveProperty('password');
    expect(saved).toMatchObject({ username: 'linkwork', passwordSet: true });
    expect(JSON.stringify(await ok(backend, 'mail.settings', {}))).not.toContain('app password 1');
    const audit = backend.ctx.db
      .prepare("SELECT before_json || after_json AS text FROM audit_log WHERE summary LIKE '%e-mail%'")
      .all() as { text: string }[];
    expect(audit.length).toBeGreaterThan(0);
    for (const entry of audit) expect(entry.text).not.toContain('app password 1');

    await ok(backend, 'mail.saveSettings', { ...withLogin, password: null, sendHour: 8 });
    expect(await ok(backend, 'mail.settings', {})).toMatchObject({ passwordSet: true, sendHour: 8 });
    await ok(backend, 'mail.saveSettings', { ...withLogin, username: '', password: null });
    expect(await ok(backend, 'mail.settings', {})).toMatchObject({ username: '', passwordSet: false });
  });

  it('refuse what cannot work, naming the field: no TLS beyond this machine, and switching on without a server', async () => {
    const backend = testBackend();
    const refusal = async (input: object) => {
      const answer = await backend.call('mail.saveSettings', { ...settingsFor(2525), ...input } as never);
      return answer.ok ? null : answer.error.details?.fields;
    };
    expect(await refusal({ host: 'smtp.office365.com', security: 'none' })).toEqual({
      security: 'Without TLS, passwords and staff names would cross the network: use TLS or STARTTLS',
    });
    expect(await refusal({ host: '' })).toEqual({ host: 'Enter the mail server before switching digests on' });
    expect(await refusal({ publicUrl: '' })).toEqual({
      publicUrl: 'Enter the address people open, for the links in a digest',
    });
    expect(await refusal({ port: 70_000 })).toEqual({ port: 'Use a port from 1 to 65535' });
    expect(await refusal({ publicUrl: 'http://linkwork.example.nhs.uk' })).toEqual({
      publicUrl: 'Use the https:// address people open: Linkwork is served over TLS beyond this machine',
    });
    expect(await refusal({ publicUrl: 'http://127.0.0.1:8080' })).toBeNull();
    expect(await refusal({ host: 'https://smtp.example.com' })).toHaveProperty('host');
    expect(await refusal({ enabled: false, host: '', publicUrl: '', senderAddress: '' })).toBeNull();
  });

  it("a test message says when the server refuses the sign-in, or when TLS fails, as the lead's problem to fix", async () => {
    const backend = testBackend();
    const server = await smtpServer({ user: 'linkwork', pass: 'right password' });
    const test = async () => {
      const answer = await backend.call('mail.sendTest', { to: 'lead@nhs.net' });
      return answer.ok ? answer.value.message : `${answer.error.code}: ${answer.error.message}`;
    };
    const login = { ...settingsFor(server.port), username: 'linkwork' };

    await ok(backend, 'mail.saveSettings', { ...login, password: 'wrong password' });
    expect(await test()).toBe(
      'CONFLICT: The mail server refused the user name and password: check them (some servers need an app password)',
    );
    await ok(backend, 'mail.saveSettings', { ...login, password: 'right password' });
    expect(await test()).toBe('A test message went to lead@nhs.net through 127.0.0.1');
    expect(server.received.map((mail) => mail.to)).toEqual([['lead@nhs.net']]);

    await ok(backend, 'mail.saveSettings', { ...login, password: null, security: 'tls' });
    expect(await test()).toBe(
      `CONFLICT: The secure connection to 127.0.0.1 port ${server.port} failed: check whether the server expects TLS from the start or STARTTLS, and its certificate`,
    );
  }, 60_000);
});
