import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.d.ts';

/** A run of text where the page puts it: x and y of its baseline start, where it ends, and its font size. */
interface Run {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

function runOf(item: TextItem): Run {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  return { str: item.str, x, y, end: x + item.width, size: Math.hypot(c, d) || item.height || 10 };
}

/** Runs whose baselines are within a fraction of a letter of each other make one line, read top to bottom. */
function linesOf(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - run.y) <= Math.min(first.size, run.size) * 0.4) line.push(run);
    else lines.push([run]);
  }
  return lines;
}

/** Left to right, a space where the page leaves a gap between words and three between columns. */
function textOf(line: Run[]): string {
  let text = '';
  let end = -Infinity;
  for (const run of [...line].sort((a, b) => a.x - b.x)) {
    const gap = run.x - end;
    if (text && gap > run.size * 0.1 && !/\s$/.test(text) && !/^\s/.test(run.str)) {
      text += gap > run.size * 1.5 ? '   ' : ' ';
    }
    text += run.str;
    end = Math.max(end, run.end);
  }
  return text.trimEnd();
}

/**
 * The text of a PDF in reading order, laid out as poppler does: one line of text per line on the page,
 * words in order along it, and pages separated by a form feed.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const loading = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    const document = await loading.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const runs = content.items.filter((item): item is TextItem => 'str' in item && item.str !== '').map(runOf);
      pages.push(linesOf(runs).map(textOf).join('\n'));
    }
    return pages.join('\f');
  } finally {
    await loading.destroy();
  }
}
