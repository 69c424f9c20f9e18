import type { Page } from '@playwright/test';
import path from 'node:path';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, openExample, rateTheRest } from './helpers.ts';
import { keepPdf } from './pdf.ts';

const TWO = '2 Competent (independent)';
const RATED = [
  ["'What matters to you' conversations", '1 Developing (with support)', TWO],
  ['Co-produced personalised plans', TWO, TWO],
  ['Strengths-based and motivational approaches', '3 Proficient (can support others)', TWO],
] as const;

/** What the screen shows, as the user sees it: the sign-off bar stays at the foot of the window. */
const saveView = (page: Page, name: string) =>
  page.screenshot({ path: path.resolve('test-results/screenshots', `${name}.png`) });

test('submitting and signing need every competency: refused with the reason beside the button, then "agree all", adjust and sign; the PDF names both', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const supervisor = await addLinkWorker(page, 'Zara Hughes');

  await page.getByRole('tab', { name: 'Competencies' }).click();
  await page.getByRole('button', { name: 'Start self-assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Self-assessment: Zara Hughes' })).toBeVisible();
  for (const [competency, self] of RATED) {
    await page.getByRole('radiogroup', { name: competency }).getByRole('radio', { name: self }).check();
  }
  await page
    .getByLabel("Reflection on 'What matters to you' conversations")
    .fill('Held longer first conversations with three people this month.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const submitBar = page.getByRole('region', { name: 'Submit for review' });
  await expect(submitBar).toContainText('3 of 24 rated');
  await expect(submitBar).toContainText('Rate all 24 competencies before submitting: 21 are not rated yet');

  await page.reload();
  await expect(
    page.getByRole('radiogroup', { name: RATED[0][0] }).getByRole('radio', { name: RATED[0][1] }),
  ).toBeChecked();
  await expect(page.getByLabel("Reflection on 'What matters to you' conversations")).toHaveValue(
    'Held longer first conversations with three people this month.',
  );
  await submitBar.getByRole('button', { name: 'Submit for review' }).click();
  await expect(submitBar.getByRole('alert')).toHaveText(
    'Rate all 24 competencies before submitting: 21 are not rated yet',
  );
  await expect(page.getByRole('heading', { name: 'Self-assessment: Zara Hughes' })).toBeVisible();
  await saveView(page, 'self-assessment-submit-refused');
  await expectNoSeriousA11yViolations(page);

  await rateTheRest(page, TWO);
  await expect(submitBar).toContainText('24 of 24 rated');
  await submitBar.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted for review').first()).toBeVisible();

  const signBar = page.getByRole('region', { name: 'Sign-off' });
  await signBar.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(signBar.getByRole('alert')).toContainText(
    `Only Zara Hughes's named supervisor, ${supervisor}, can sign`,
  );

  await page.getByRole('combobox', { name: 'Acting as' }).fill(supervisor);
  await page.getByRole('option', { name: new RegExp(`^${supervisor}`) }).click();
  await signBar.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(signBar.getByRole('alert')).toHaveText(
    'Agree a rating for all 24 competencies before signing: 24 are not agreed yet',
  );
  await saveView(page, 'review-sign-refused');

  await page.getByRole('button', { name: "Agree with the worker's ratings in Person-centred practice" }).click();
  await expect(signBar).toContainText('4 of 24 agreed');
  await expect(signBar).toContainText('Agree a rating for all 24 competencies before signing: 20 are not agreed yet');
  await signBar.getByRole('button', { name: "Agree with all the worker's ratings" }).click();
  await expect(signBar).toContainText('24 of 24 agreed');
  await expect(signBar).toContainText('Ready to sign');
  for (const [competency, self, agreed] of RATED) {
    await expect(page.getByRole('combobox', { name: `Agreed rating for ${competency}` })).toHaveText(self);
    if (agreed === self) continue;
    await page.getByRole('combobox', { name: `Agreed rating for ${competency}` }).click();
    await page.getByRole('option', { name: agreed }).click();
  }
  await expect(page.getByRole('combobox', { name: `Agreed rating for ${RATED[0][0]}` })).toHaveText(TWO);
  await saveView(page, 'review-agreed-all');
  await expectNoSeriousA11yViolations(page);

  await signBar.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByText(`Signed by ${supervisor}, chosen under "Acting as", on `)).toContainText(
    '(attribution, not authentication). It is locked',
  );
  await saveScreenshot(page, 'assessment-signed');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print (PDF)' }).click();
  const text = await keepPdf(page, await download, 'competency-assessment');
  expect(text).toContain('Profile: agreed ratings by area');
  expect(text).toMatch(/Person-centred practice\s+2\.0 \(self 2\.0\)/);
  expect(text).toMatch(new RegExp(`Zara Hughes\\s+${supervisor}\\s+Worker\\s+Supervisor`));
  expect(text).toMatch(/Submitted for review on \d\d\/\d\d\/\d{4} \d\d:\d\d/);
  expect(text).toContain(`Signed by ${supervisor}, chosen under "Acting as"`);
  expect(text).toMatch(/'What matters to you' conversations\s+1 Developing \(with\s+2 Competent/);
  expect(text).not.toContain('____');

  await page.getByRole('link', { name: '← Zara Hughes' }).click();
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByRole('figure', { name: 'Agreed ratings by area' })).toBeVisible();
  await expect(profile).toContainText('Person-centred practice: 2');
  await saveScreenshot(page, 'competency-profile');
  await expectNoSeriousA11yViolations(page);
});
