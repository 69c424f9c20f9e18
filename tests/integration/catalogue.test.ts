import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { count, ok, testBackend } from '../support/backend.ts';

const builtIn = fs.readFileSync('resources/catalogue/requirements.json', 'utf8');

function withRequirements(requirements: unknown[], version = 2): string {
  return JSON.stringify({ catalogue: 'requirements', version, source: 'test', requirements }, null, 2);
}

const fireSafety: InputOf<'requirement.save'>['fields'] = {
  id: 'fire-safety',
  title: 'Fire safety',
  kind: 'training',
  roles: ['splw', 'care_coordinator', 'hwbc'],
  due: { type: 'after_start', months: 3 },
  renewalMonths: 12,
  evidence: 'Certificate',
  blocksClaim: false,
  source: 'Local policy',
};

describe('the requirements catalogue', () => {
  it('is installed from resources/catalogue on first run, once', async () => {
    const backend = testBackend();
    const requirements = await ok(backend, 'requirement.list', {});
    expect(requirements).toHaveLength(JSON.parse(builtIn).requirements.length);
    expect(requirements.every((r) => r.origin === 'catalogue' && r.appliesFrom === '2000-01-01')).toBe(true);
  });

  it('imports a new version: changed items update, new ones apply from today, the rest stay', async () => {
    const backend = testBackend();
    const summary = await ok(backend, 'requirement.import', {
      text: withRequirements([fireSafety, { ...fireSafety, id: 'manual-handling', title: 'Manual handling' }]),
    });
    expect(summary).toEqual({ added: ['manual-handling'], updated: ['fire-safety'], unchanged: 0 });
    const list = await ok(backend, 'requirement.list', {});
    expect(list.find((r) => r.id === 'fire-safety')).toMatchObject({
      renewalMonths: 12,
      appliesFrom: '2000-01-01',
      catalogueVersion: 2,
    });
    expect(list.find((r) => r.id === 'manual-handling')).toMatchObject({ appliesFrom: '2026-11-24' });
    expect(list.find((r) => r.id === 'data-security')).toBeDefined();
  });

  it('rejects a duplicate id, naming the line, and imports nothing', async () => {
    const backend = testBackend();
    const before = count(backend, 'requirement');
    const text = withRequirements([
      { ...fireSafety, id: 'new-one' },
      fireSafety,
      { ...fireSafety, title: 'Fire safety again' },
    ]);
    const secondLine = text.split('\n').findLastIndex((l) => l.includes('"id": "fire-safety"')) + 1;
    const result = await backend.call('requirement.import', { text });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) {
      expect(result.error.details?.fields?.file).toBe(
        `line ${secondLine}, requirements[2].id: the id "fire-safety" is used more than once`,
      );
    }
    expect(count(backend, 'requirement')).toBe(before);
    expect((await ok(backend, 'requirement.list', {})).find((r) => r.id === 'new-one')).toBeUndefined();
  });

  it('rejects an unknown role, naming the line and field', async () => {
    const backend = testBackend();
    const text = withRequirements([fireSafety, { ...fireSafety, id: 'nurse-thing', roles: ['splw', 'nurse'] }]);
    const line = text.split('\n').findIndex((l) => l.includes('"id": "nurse-thing"')) + 1;
    const result = await backend.call('requirement.import', { text });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.details?.fields?.file).toMatch(
        new RegExp(`^line ${line}, requirements\\[1\\]\\.roles\\[1\\]: Unknown role`),
      );
    expect((await ok(backend, 'requirement.list', {})).find((r) => r.id === 'fire-safety')?.renewalMonths).toBe(36);
  });

  it('rejects a file that is not JSON, with the line', async () => {
    const backend = testBackend();
    const result = await backend.call('requirement.import', { text: '{\n  "catalogue": "requirements",\n  oops\n}' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.fields?.file).toMatch(/^line 3: the file is not valid JSON/);
  });

  it('exports what it holds in the same format, which imports back unchanged', async () => {
    const backend = testBackend();
    const exported = await ok(backend, 'requirement.export', {});
    expect(exported.fileName).toBe('linkwork-requirements-2026-11-24.json');
    expect(await ok(backend, 'requirement.import', { text: exported.text })).toMatchObject({ added: [], updated: [] });
  });

  it('adds a local requirement that applies from today, and keeps the settings', async () => {
    const backend = testBackend();
    await ok(backend, 'requirement.save', { isNew: true, fields: { ...fireSafety, id: 'pcn-welcome-day' } });
    expect((await ok(backend, 'requirement.list', {})).at(-1)).toMatchObject({
      id: 'pcn-welcome-day',
      origin: 'local',
      appliesFrom: '2026-11-24',
    });
    expect(await backend.call('requirement.save', { isNew: true, fields: fireSafety })).toMatchObject({
      ok: false,
      error: { details: { fields: { id: expect.any(String) } } },
    });
    const settings = await ok(backend, 'settings.get', {});
    expect(settings).toMatchObject({ expiringSoonDays: 90, evidenceMaxBytes: 10485760, competencyTarget: 2 });
    await ok(backend, 'settings.update', { ...settings, expiringSoonDays: 60, evidenceMaxBytes: 5 * 1024 * 1024 });
    expect((await ok(backend, 'settings.get', {})).expiringSoonDays).toBe(60);
  });
});
