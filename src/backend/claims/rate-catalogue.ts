import catalogue from '../../../resources/catalogue/arrs-rates.json' with { type: 'json' };
import type { ArrsSumRate, Rate } from '../../shared/domain/rates.ts';
import { overlappingRate } from '../../shared/rules/arrs.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { readSetting, writeSetting } from '../settings/queries.ts';
import type { RateRecord } from './rate-queries.ts';
import * as q from './rate-queries.ts';

/** The catalogue version this database has had applied (0 for a new one; migration 007 records 1 for an older one). */
const APPLIED_KEY = 'arrsRatesCatalogueVersion';

type CatalogueRate = Omit<Rate, 'id' | 'origin'>;
const rates = catalogue.rates as CatalogueRate[];
const sums = catalogue.arrsSumPerWeightedPatient as Omit<ArrsSumRate, 'origin'>[];

const keyOf = (r: { role: string; area: string; effectiveFrom: string }) => `${r.role} ${r.area} ${r.effectiveFrom}`;
const differs = (a: object, b: object) => JSON.stringify(a) !== JSON.stringify(b);

/**
 * Brings the shipped maxima and ARRS sums up to the catalogue's version, once per version. Rows the catalogue
 * installed follow it (corrected, added or removed); rows anyone entered or corrected are never touched, and a
 * catalogue row that would overlap one of theirs is left out.
 */
export function ensureBuiltInRates(ctx: Ctx): void {
  const applied = readSetting<number>(ctx.db, APPLIED_KEY) ?? 0;
  if (applied >= catalogue.version) return;
  inTransaction(ctx, () => {
    const count = { added: 0, corrected: 0, removed: 0, kept: 0 };
    const wanted = new Map(rates.map((r) => [keyOf(r), r]));
    for (const row of q.listRates(ctx.db)) {
      if (row.origin !== 'catalogue') continue;
      const entry = wanted.get(keyOf(row));
      if (!entry) {
        q.deleteRate(ctx.db, row.id);
        count.removed++;
      } else if (
        differs({ ...row, id: undefined, origin: undefined }, { ...row, ...entry, id: undefined, origin: undefined })
      ) {
        const record: RateRecord = { ...entry, origin: 'catalogue' };
        if (overlappingRate(q.listRates(ctx.db), record, row.id)) count.kept++;
        else {
          q.updateRate(ctx.db, row.id, record);
          count.corrected++;
        }
      }
    }
    const present = new Map(q.listRates(ctx.db).map((r) => [keyOf(r), r]));
    for (const entry of rates) {
      const row = present.get(keyOf(entry));
      if (row?.origin === 'catalogue') continue;
      if (row || overlappingRate(q.listRates(ctx.db), entry)) count.kept++;
      else {
        q.insertRate(ctx.db, { ...entry, origin: 'catalogue' });
        count.added++;
      }
    }
    for (const entry of sums) {
      const row = q.findArrsSum(ctx.db, entry.financialYear);
      if (row?.origin === 'local') count.kept++;
      else if (!row || differs(row, { ...row, ...entry, origin: 'catalogue' })) {
        q.upsertArrsSum(ctx.db, { ...entry, origin: 'catalogue' });
        count[row ? 'corrected' : 'added']++;
      }
    }
    writeSetting(ctx.db, APPLIED_KEY, catalogue.version);
    recordAudit(ctx, {
      action: 'catalogue.rates',
      entity: 'arrs_rate',
      entityId: null,
      summary:
        `Applied the ARRS rates catalogue, version ${catalogue.version}: ${count.added} added, ${count.corrected} corrected, ` +
        `${count.removed} removed, ${count.kept} left as entered in Linkwork`,
    });
  });
}
