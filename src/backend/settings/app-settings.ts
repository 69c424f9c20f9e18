import type { Database } from 'better-sqlite3';
import defaults from '../../../resources/catalogue/settings.json' with { type: 'json' };
import { MAX_EVIDENCE_FILE_BYTES } from '../../shared/domain/evidence-limits.ts';
import type { AppSettings } from '../../shared/schemas/settings.ts';
import { readSetting, writeSetting } from './queries.ts';

const KEY = 'appSettings';

/** The user's settings over the shipped defaults (resources/catalogue/settings.json). */
export function readAppSettings(db: Database): AppSettings {
  const settings = { ...(defaults.settings as AppSettings), ...readSetting<Partial<AppSettings>>(db, KEY) };
  // A file saved by an older version may allow more than every transport carries: it is held to that one limit.
  return { ...settings, evidenceMaxBytes: Math.min(settings.evidenceMaxBytes, MAX_EVIDENCE_FILE_BYTES) };
}

export function writeAppSettings(db: Database, settings: AppSettings): void {
  writeSetting(db, KEY, settings);
}
