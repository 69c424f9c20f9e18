import cpdCatalogue from '../../../resources/catalogue/cpd.json' with { type: 'json' };

/** The kinds of CPD a person may log (resources/catalogue/cpd.json): the only kinds a `cpd` check may name. */
export const CPD_KIND_IDS: ReadonlySet<string> = new Set(cpdCatalogue.kinds.map((kind) => kind.id));
