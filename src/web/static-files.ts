import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  cacheControl: string;
}

/** Vite names everything under assets/ by its content hash, so those files never change under their name. */
const cacheControlFor = (relative: string): string =>
  relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-store';

/** A built renderer file for a URL path, or null; paths that climb out of `root` are never served. */
export function readStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    if (!fs.statSync(file).isFile()) return null;
    return {
      body: fs.readFileSync(file),
      contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      cacheControl: cacheControlFor(relative),
    };
  } catch {
    return null;
  }
}
