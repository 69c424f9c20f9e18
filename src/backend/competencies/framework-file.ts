import Papa from 'papaparse';
import type { FrameworkDocument } from '../../shared/domain/competencies.ts';
import { frameworkDocument } from '../../shared/schemas/competencies.ts';

export type FrameworkParse = { ok: true; framework: FrameworkDocument } | { ok: false; errors: string[] };

export const CSV_COLUMNS = [
  'area_id',
  'area_title',
  'competency_id',
  'competency_title',
  'description',
  'source',
] as const;
const REQUIRED_COLUMNS = ['area_id', 'competency_id', 'competency_title'] as const;

/** What a CSV import needs besides the rows: which framework it is, and a new version number. */
export interface CsvHeader {
  id: string;
  version: number;
  title: string;
  roles: FrameworkDocument['roles'];
  /** Area titles already known (from the framework's current version), so rows may omit them. */
  knownAreas: Map<string, string>;
}

function duplicateIds(
  framework: FrameworkDocument,
  lineOf: (id: string, occurrence: number) => number | null,
): string[] {
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (const area of framework.areas) {
    for (const c of area.competencies) {
      const n = seen.get(c.id) ?? 0;
      if (n > 0) {
        const line = lineOf(c.id, n);
        errors.push(`${line === null ? '' : `line ${line}: `}the competency id "${c.id}" is used more than once`);
      }
      seen.set(c.id, n + 1);
    }
  }
  const areaIds = framework.areas.map((a) => a.id);
  for (const id of new Set(areaIds.filter((a, i) => areaIds.indexOf(a) !== i)))
    errors.push(`the area id "${id}" is used more than once`);
  return errors;
}

/** A JSON framework as exported by Linkwork or written by hand; problems are named by line and field. */
export function parseFrameworkJson(text: string): FrameworkParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    return { ok: false, errors: [`${line === null ? '' : `line ${line}: `}the file is not valid JSON`] };
  }
  const lineOf = (id: string, occurrence: number): number | null => {
    const pattern = new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'g');
    let match: RegExpExecArray | null = null;
    for (let i = 0; i <= occurrence; i++) if (!(match = pattern.exec(text))) return null;
    return match ? text.slice(0, match.index).split('\n').length : null;
  };
  const parsed = frameworkDocument.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'file'}: ${i.message}`),
    };
  }
  const errors = duplicateIds(parsed.data, lineOf);
  return errors.length ? { ok: false, errors } : { ok: true, framework: parsed.data };
}

/**
 * A CSV with one row a competency (columns: area_id, area_title, competency_id, competency_title,
 * description, source). Line numbers count the header as line 1.
 */
export function parseFrameworkCsv(text: string, header: CsvHeader): FrameworkParse {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const columns = result.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length)
    return { ok: false, errors: [`line 1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`] };
  const errors = result.errors.map((e) => `line ${(e.row ?? 0) + 2}: ${e.message}`);

  const areaTitles = new Map(header.knownAreas);
  for (const row of result.data)
    if (row.area_id?.trim() && row.area_title?.trim()) areaTitles.set(row.area_id.trim(), row.area_title.trim());

  const areas = new Map<string, FrameworkDocument['areas'][number]>();
  const lines = new Map<string, number[]>();
  result.data.forEach((row, index) => {
    const line = index + 2;
    const areaId = row.area_id?.trim() ?? '';
    const title = areaTitles.get(areaId);
    if (!areaId || title === undefined) {
      errors.push(`line ${line}: unknown area "${areaId}" (give its area_title on at least one row)`);
      return;
    }
    const id = row.competency_id?.trim() ?? '';
    lines.set(id, [...(lines.get(id) ?? []), line]);
    const area = areas.get(areaId) ?? { id: areaId, title, competencies: [] };
    area.competencies.push({
      id,
      title: row.competency_title?.trim() ?? '',
      description: row.description?.trim() ?? '',
      source: row.source?.trim() ?? '',
    });
    areas.set(areaId, area);
  });
  if (errors.length) return { ok: false, errors };

  const candidate = {
    catalogue: 'competency-framework',
    id: header.id,
    version: header.version,
    title: header.title,
    roles: header.roles,
    areas: [...areas.values()],
  };
  const parsed = frameworkDocument.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => {
        const [, a, , c] = i.path;
        const area = typeof a === 'number' ? candidate.areas[a] : undefined;
        const id = typeof c === 'number' ? area?.competencies[c]?.id : undefined;
        const line = id !== undefined ? lines.get(id)?.[0] : undefined;
        return `${line ? `line ${line}, ` : ''}${String(i.path.at(-1) ?? 'file')}: ${i.message}`;
      }),
    };
  }
  const duplicates = duplicateIds(parsed.data, (id, n) => lines.get(id)?.[n] ?? null);
  return duplicates.length ? { ok: false, errors: duplicates } : { ok: true, framework: parsed.data };
}

export function frameworkToCsv(framework: FrameworkDocument): string {
  const rows = framework.areas.flatMap((area) =>
    area.competencies.map((c) => [area.id, area.title, c.id, c.title, c.description, c.source]),
  );
  return `${Papa.unparse([[...CSV_COLUMNS], ...rows])}\r\n`;
}
