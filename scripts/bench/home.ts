import { createBackend } from '../../src/backend/backend.ts';
import { median } from './timing.ts';

/**
 * The lead's home at ICS scale from cold: a backend newly opened on the file (no launch warm-up, nothing worked
 * out yet), then its first home.lead call, which works out the matrix, the twelve-month trend and the claim.
 */
export async function benchHome(dataDir: string, today: string): Promise<string[]> {
  const opening = performance.now();
  const backend = createBackend({ dataDir, now: () => new Date(`${today}T12:00:00Z`) });
  const openMs = performance.now() - opening;
  try {
    const started = performance.now();
    const first = await backend.call('home.lead', {});
    const firstMs = performance.now() - started;
    if (!first.ok) throw new Error(first.error.message);
    const again: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await backend.call('home.lead', {});
      again.push(performance.now() - t);
    }
    const { compliance, overdue, trend } = first.value;
    return [
      `lead home at ICS scale, cold: ${firstMs.toFixed(0)} ms for the first home.lead on a newly opened backend ` +
        `(${compliance.required.toLocaleString('en-GB')} required items, ${overdue.items.toLocaleString('en-GB')} overdue, ` +
        `${trend.length} month ends in the trend); opening the file before it (the integrity check) ${openMs.toFixed(0)} ms; ` +
        `${median(again).toFixed(1)} ms median of 5 with nothing written`,
    ];
  } finally {
    backend.close();
  }
}
