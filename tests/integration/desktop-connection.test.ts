import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  belongsToServer,
  CHOICE_FILE,
  choiceRequestOf,
  dataDirNamed,
  forgetChoice,
  parseServerAddress,
  readChoice,
  writeChoice,
} from '../../src/main/connection.ts';
import { tempDir } from '../support/backend.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const userData = () => {
  const dir = tempDir('linkwork-userdata-');
  dirs.push(dir);
  return dir;
};

describe("the desktop app's server address", () => {
  it.each([
    ['https://linkwork.riverside-pcn.nhs.uk', 'https://linkwork.riverside-pcn.nhs.uk/'],
    ['  https://Linkwork.Riverside-PCN.nhs.uk/  ', 'https://linkwork.riverside-pcn.nhs.uk/'],
    ['linkwork.riverside-pcn.nhs.uk', 'https://linkwork.riverside-pcn.nhs.uk/'],
    ['https://pcn.example.org:8443/linkwork', 'https://pcn.example.org:8443/linkwork/'],
    ['https://pcn.example.org/#/welcome/invitation/abc', 'https://pcn.example.org/'],
    ['https://pcn.example.org/?next=1', 'https://pcn.example.org/'],
  ])('accepts %j as %s', (typed, address) => {
    expect(parseServerAddress(typed)).toMatchObject({ ok: true, address });
  });

  it.each([
    ['', /Enter your PCN's Linkwork address/],
    ['   ', /Enter your PCN's Linkwork address/],
    ['http://linkwork.riverside-pcn.nhs.uk', /only over https/],
    ['ftp://linkwork.example.org', /only over https/],
    ['file:///etc/passwd', /only over https/],
    ['javascript:alert(1)', /only over https/],
    ['https://lead:secret@linkwork.example.org', /user name or password/],
    ['https://', /not a web address/],
    ['https://exa mple.org', /not a web address/],
    [`https://example.org/${'a'.repeat(2100)}`, /too long/],
  ])('refuses %j, saying why', (typed, why) => {
    const checked = parseServerAddress(typed);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(why);
  });

  it('keeps a connected window to the server’s own origin', () => {
    const origin = 'https://pcn.example.org';
    expect(belongsToServer('https://pcn.example.org/api', origin)).toBe(true);
    expect(belongsToServer('blob:https://pcn.example.org/3f2a', origin)).toBe(true);
    expect(belongsToServer('https://pcn.example.org.evil.test/', origin)).toBe(false);
    expect(belongsToServer('http://pcn.example.org/', origin)).toBe(false);
    expect(belongsToServer('https://pcn.example.org:444/', origin)).toBe(false);
    expect(belongsToServer('file:///etc/hosts', origin)).toBe(false);
    expect(belongsToServer('not a url', origin)).toBe(false);
  });
});

describe('the remembered choice', () => {
  it('is asked for the first time, then remembered either way', () => {
    const dir = userData();
    expect(readChoice(dir)).toBeNull();
    writeChoice(dir, { mode: 'connect', address: 'https://pcn.example.org/' });
    expect(readChoice(dir)).toEqual({ mode: 'connect', address: 'https://pcn.example.org/' });
    writeChoice(dir, { mode: 'local' });
    expect(readChoice(dir)).toEqual({ mode: 'local' });
    expect(fs.readdirSync(dir)).toEqual([CHOICE_FILE]);
    forgetChoice(dir);
    expect(readChoice(dir)).toBeNull();
    forgetChoice(dir);
  });

  it('is written into a user-data folder that does not exist yet', () => {
    const dir = path.join(userData(), 'Linkwork');
    writeChoice(dir, { mode: 'local' });
    expect(readChoice(dir)).toEqual({ mode: 'local' });
  });

  it.each([
    ['not JSON', '{ mode: local'],
    ['an unknown mode', '{"mode":"cloud"}'],
    ['a plain http address', '{"mode":"connect","address":"http://pcn.example.org/"}'],
    ['no address', '{"mode":"connect"}'],
    ['not an object', '"local"'],
    ['null', 'null'],
  ])('is asked again when the file holds %s', (_what, content) => {
    const dir = userData();
    fs.writeFileSync(path.join(dir, CHOICE_FILE), content);
    expect(readChoice(dir)).toBeNull();
  });

  it('is not asked when a data folder is named at launch', () => {
    expect(dataDirNamed(['.', '--data-dir', '/tmp/x'], {})).toBe(true);
    expect(dataDirNamed(['.', '--data-dir=/tmp/x', '--today', '2026-11-16'], {})).toBe(true);
    expect(dataDirNamed(['.'], { LINKWORK_DATA_DIR: '/tmp/x' })).toBe(true);
    expect(dataDirNamed(['.', '--today', '2026-11-16'], {})).toBe(false);
    expect(dataDirNamed(['.'], { LINKWORK_DATA_DIR: '' })).toBe(false);
  });
});

describe("the welcome page's answer", () => {
  const page = 'file:///app/resources/desktop/choose.html';
  it('is read from the address the page asked for', () => {
    expect(choiceRequestOf(`${page}?choice=local`)).toEqual({ choice: 'local' });
    expect(choiceRequestOf(`${page}?choice=connect&address=https%3A%2F%2Fpcn.example.org`)).toEqual({
      choice: 'connect',
      address: 'https://pcn.example.org',
    });
    expect(choiceRequestOf(`${page}?choice=connect`)).toEqual({ choice: 'connect', address: '' });
    expect(choiceRequestOf(`${page}?choice=other`)).toBeNull();
    expect(choiceRequestOf('https://elsewhere.example.org/')).toBeNull();
    expect(choiceRequestOf('::')).toBeNull();
  });
});

describe('the welcome page', () => {
  const html = fs.readFileSync(path.resolve('resources/desktop/choose.html'), 'utf8');
  it('offers both choices as forms whose answers the app reads', () => {
    expect(html).toContain('<h2 id="here-title">Use on this computer</h2>');
    expect(html).toContain('<h2 id="connect-title">Connect to our PCN\'s Linkwork</h2>');
    expect(html).toContain('<input type="hidden" name="choice" value="local" />');
    expect(html).toContain('<input type="hidden" name="choice" value="connect" />');
    expect(html).toMatch(/<label for="address">[^<]+<\/label>\s*<input\s+id="address"\s+name="address"/);
    expect(html.match(/<form method="get" action="">/g)).toHaveLength(2);
  });

  it('loads nothing but its own files and runs no inline script', () => {
    expect(html).toContain("default-src 'none'; script-src 'self'; style-src 'self'");
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]+<\/script>|(src|href|action)="[a-z]+:/);
  });
});
