import type { DueRule } from '../../../../shared/domain/requirements.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';

export function dueRuleText(rule: DueRule): string {
  if (rule.type === 'before_first_claim') return 'By the end of the first month in post';
  if (rule.type === 'fixed_date') return `By ${formatUkDate(rule.date)}`;
  const parts = [rule.months ? countOf(rule.months, 'month') : '', rule.days ? countOf(rule.days, 'day') : ''].filter(
    Boolean,
  );
  return parts.length ? `Within ${parts.join(' and ')} of starting` : 'By the start date';
}
