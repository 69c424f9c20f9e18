import fs from 'node:fs';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, openExample } from './helpers.ts';

test("a worker's page downloads their calendar as an .ics file", async ({ page, app }) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Isla Morgan');
  await saveScreenshot(page, 'worker-calendar-button');
  await expectNoSeriousA11yViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('linkwork-calendar-isla-morgan.ics');
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR/);
  expect(text).toContain('SUMMARY:National social prescribing webinar');
  // Pinned today 16/11/2026: the first webinar is the second Wednesday of December, 13:00 UK time (GMT).
  expect(text).toContain('DTSTART:20261209T130000Z');
  expect(text).toMatch(/SUMMARY:.+ due: Isla Morgan/);
});
