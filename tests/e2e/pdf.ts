import type { Download, Page } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pdfText } from '../support/pdf-text.ts';

const PDFS = path.resolve('test-results/pdfs');
const PDFJS = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');
/** A made-up origin the preview page is served from by Playwright itself: nothing goes to the network. */
const ORIGIN = 'http://pdf-preview.invalid';
/** 72 dots per inch: an A4 page is 595 × 842 pixels. */
const SCALE = 1;

/** Draws the PDF's first page with PDF.js (its worker runs in the page itself) and keeps it as a PNG data URL. */
const PREVIEW_PAGE = `<!doctype html>
<canvas></canvas>
<script type="module">
  import * as worker from './pdf.worker.mjs';
  import { getDocument } from './pdf.mjs';
  globalThis.pdfjsWorker = worker;
  window.preview = (async () => {
    const page = await (await getDocument({ url: './file.pdf' }).promise).getPage(1);
    const viewport = page.getViewport({ scale: ${SCALE} });
    const canvas = document.querySelector('canvas');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await page.render({ canvas, viewport }).promise;
    return canvas.toDataURL('image/png');
  })();
</script>`;

const FILES: Record<string, () => { contentType: string; body: string | Buffer }> = {
  '/': () => ({ contentType: 'text/html', body: PREVIEW_PAGE }),
  '/pdf.mjs': () => ({ contentType: 'text/javascript', body: fs.readFileSync(path.join(PDFJS, 'pdf.min.mjs')) }),
  '/pdf.worker.mjs': () => ({
    contentType: 'text/javascript',
    body: fs.readFileSync(path.join(PDFJS, 'pdf.worker.min.mjs')),
  }),
};

/** Renders the first page of a PDF in the test's Chromium and writes it as a PNG. */
async function savePreview(page: Page, pdf: Buffer, pngFile: string): Promise<void> {
  const preview = await page.context().newPage();
  try {
    await preview.route(`${ORIGIN}/**`, (route) => {
      const file = new URL(route.request().url()).pathname;
      const found = file === '/file.pdf' ? { contentType: 'application/pdf', body: pdf } : FILES[file]?.();
      return found ? route.fulfill(found) : route.fulfill({ status: 404 });
    });
    await preview.goto(`${ORIGIN}/`);
    const dataUrl = await preview.evaluate('window.preview');
    fs.writeFileSync(pngFile, Buffer.from(String(dataUrl).replace(/^data:image\/png;base64,/, ''), 'base64'));
  } finally {
    await preview.close();
  }
}

/**
 * Keeps a downloaded PDF as test-results/pdfs/<name>.pdf, with <name>.png of its first page for people to
 * look at, and returns its text.
 */
export async function keepPdf(page: Page, download: Download, name: string): Promise<string> {
  fs.mkdirSync(PDFS, { recursive: true });
  const file = path.join(PDFS, `${name}.pdf`);
  await download.saveAs(file);
  return keepPdfBytes(page, fs.readFileSync(file), name);
}

/** The same for a PDF the test already holds (one taken out of a downloaded zip). */
export async function keepPdfBytes(page: Page, pdf: Buffer, name: string): Promise<string> {
  fs.mkdirSync(PDFS, { recursive: true });
  fs.writeFileSync(path.join(PDFS, `${name}.pdf`), pdf);
  await savePreview(page, pdf, path.join(PDFS, `${name}.png`));
  return pdfText(pdf);
}
