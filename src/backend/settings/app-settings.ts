import type { Database } from 'better-sqlite3';
import defaults from '../../../resources/catalogue/settings.json' with { type: 'json' };
import type { AppSettings } from '../../shared/schemas/settings.ts';
import { readSetting, writeSetting } from './queries.ts';

const KEY = 'appSettings';

/** The user's settings over the shipped defaults (resources/catalogue/settings.json). */
export function readAppSettings(db: Database): AppSettings {
  return { ...(defaults.settings as AppSettings), ...readSetting<Partial<AppSettings>>(db, KEY) };
}

export function writeAppSettings(db: Database, settings: AppSettings): void {
  writeSetting(db, KEY, settings);
}
