import type { z } from 'zod';
import type { CatalogueFile } from '../../shared/domain/requirements.ts';
import { catalogueFile } from '../../shared/schemas/requirements.ts';

export type CatalogueParse = { ok: true; catalogue: CatalogueFile } | { ok: false; errors: string[] };

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/** The line on which the nth (0-based) `"id": "<id>"` of the file stands, if it can be found. */
function lineOfId(text: string, id: unknown, occurrence = 0): number | null {
  if (typeof id !== 'string') return null;
  const pattern = new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= occurrence; i++) {
    match = pattern.exec(text);
    if (!match) return null;
  }
  return match ? lineAt(text, match.index) : null;
}

function describeIssue(text: string, raw: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  let where = path || 'file';
  if (issue.path[0] === 'requirements' && typeof issue.path[1] === 'number') {
    const entry = (raw as { requirements?: { id?: unknown }[] }).requirements?.[issue.path[1]];
    const line = lineOfId(text, entry?.id);
    if (line !== null) where = `line ${line}, ${path}`;
  }
  return `${where}: ${issue.message}`;
}

/** Reads a requirements catalogue, naming the line and field of every problem; nothing is partly accepted. */
export function parseCatalogueFile(text: string): CatalogueParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = position === undefined ? '' : `line ${lineAt(text, Number(position))}: `;
    return { ok: false, errors: [`${where}the file is not valid JSON (${(error as Error).message})`] };
  }
  const parsed = catalogueFile.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => describeIssue(text, raw, i)) };

  const seen = new Map<string, number>();
  const errors: string[] = [];
  parsed.data.requirements.forEach((r, index) => {
    const count = seen.get(r.id) ?? 0;
    if (count > 0) {
      const line = lineOfId(text, r.id, count);
      errors.push(
        `${line === null ? '' : `line ${line}, `}requirements[${index}].id: the id "${r.id}" is used more than once`,
      );
    }
    seen.set(r.id, count + 1);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalogue: parsed.data };
}
