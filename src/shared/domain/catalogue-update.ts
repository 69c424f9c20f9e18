/**
 * What happened to one correction of a built-in catalogue update: applied, or not applied because the PCN had
 * changed that requirement themselves (or it is no longer in their catalogue), so theirs was kept.
 */
export type CatalogueChangeOutcome = 'applied' | 'kept_local_edit' | 'not_in_catalogue';

export interface CatalogueChange {
  requirementId: string;
  /** The correction in a sentence, as the lead reads it. */
  says: string;
  outcome: CatalogueChangeOutcome;
}

/** A built-in catalogue update the lead has not yet dismissed. */
export interface CatalogueUpdateNotice {
  version: number;
  appliedAt: string;
  changes: CatalogueChange[];
}
