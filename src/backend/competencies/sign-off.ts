import type { Database } from 'better-sqlite3';
import type { SignOffRule } from '../../shared/domain/competencies.ts';
import { readAppSettings } from '../settings/app-settings.ts';

/** The sign-off coverage in force, from Settings: what submitting and signing need, and what counts in the matrix. */
export function signOffRule(db: Database): SignOffRule {
  const { selfRatedToSubmitPercent, agreedToSignPercent } = readAppSettings(db);
  return { selfRatedToSubmitPercent, agreedToSignPercent };
}
