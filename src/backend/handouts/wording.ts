import type { Database } from 'better-sqlite3';
import defaults from '../../../resources/catalogue/handout.json' with { type: 'json' };
import type { HandoutWording } from '../../shared/domain/handouts.ts';
import { readSetting, writeSetting } from '../settings/queries.ts';

const KEY = 'handoutWording';

/** The PCN's own wording, or the shipped default (resources/catalogue/handout.json) until the lead changes it. */
export function readHandoutWording(db: Database): HandoutWording {
  return { ...(defaults.wording as HandoutWording), ...readSetting<Partial<HandoutWording>>(db, KEY) };
}

export function writeHandoutWording(db: Database, wording: HandoutWording): void {
  writeSetting(db, KEY, wording);
}
