import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract.ts';
import { API_PATH, AUTH_PATHS } from '../../src/shared/api/transport.ts';
import { startTeamServer } from '../../src/web/team/server.ts';
import { accountFor, GOOD_PASSWORD } from '../support/accounts.ts';
import { tempDir } from '../support/backend.ts';
import { pcnWithEvidence } from '../support/backups.ts';
import { linkWorker } from '../support/pcn.ts';

describe('a restore in team mode, over HTTP', () => {
  it('ends every session: everyone, the restorer too, signs in again, and then reads the restored data', async () => {
    const { backend } = await pcnWithEvidence();
    await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true });
    const rendererDir = tempDir('linkwork-renderer-');
    const server = await startTeamServer({ backend, rendererDir, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${server.port}`;
    const post = (path: string, body: unknown, cookie = '') =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
    const signIn = async () => {
      const reply = await post(AUTH_PATHS.signIn, { email: 'lead@nhs.net', password: GOOD_PASSWORD });
      expect(reply.status).toBe(200);
      return String(reply.headers.get('set-cookie')).split(';')[0] as string;
    };
    const api = async <M extends MethodName>(cookie: string, method: M, input: InputOf<M>) =>
      (await (await post(API_PATH, { method, input }, cookie)).json()) as {
        ok: boolean;
        value?: OutputOf<M>;
        error?: { code: string };
      };
    try {
      // A session the backup holds, which is signed out of after it was made.
      const inBackup = await signIn();
      const made = (await api(inBackup, 'backup.now', { folder: null })).value as OutputOf<'backup.now'>;
      await post(AUTH_PATHS.signOut, {}, inBackup);
      const restorer = await signIn();
      await api(restorer, 'worker.create', linkWorker({ name: 'Omar Haddad', role: 'hwbc' }));
      expect(await api(restorer, 'backup.restore', { id: made.backup.id })).toMatchObject({ ok: true });

      const names = async (cookie: string) => (await api(cookie, 'worker.list', {})).value?.map((w) => w.name);
      const refused = { ok: false, error: { code: 'UNAUTHENTICATED' } };
      expect(await api(inBackup, 'worker.list', {}), 'a session the backup holds, ended since').toMatchObject(refused);
      expect(await api(restorer, 'worker.list', {}), 'the restorer’s own').toMatchObject(refused);
      expect(await names(await signIn()), 'signing in afresh').toEqual(['Florence Ndlovu']);
      expect(backend.ctx.db.prepare('SELECT count(*) FROM account_session').pluck().get()).toBe(1);
    } finally {
      await server.close();
      fs.rmSync(rendererDir, { recursive: true, force: true });
    }
  });
});
