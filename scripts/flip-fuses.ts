import fs from 'node:fs';
import { flipLinkworkFuses } from './fuses/linkwork-fuses.ts';

/**
 * `npm run fuses -- <packaged Electron binary>`: sets Linkwork's fuses in a packaged app (after packaging, before
 * signing) and prints each one as read back from the binary.
 */
const binary = process.argv[2];
if (!binary || process.argv.length > 3) {
  console.error('Usage: npm run fuses -- <path to the packaged Linkwork executable, or Linkwork.app on macOS>');
  process.exit(2);
}
if (!fs.existsSync(binary)) {
  console.error(`There is no file at ${binary}`);
  process.exit(2);
}
try {
  const readings = await flipLinkworkFuses(binary);
  for (const { fuse, found } of readings) console.log(`${fuse.padEnd(40)} ${found}`);
  console.log(`Linkwork's fuses are set in ${binary}`);
} catch (error) {
  console.error(`The fuses were not set: ${(error as Error).message}`);
  process.exit(1);
}
