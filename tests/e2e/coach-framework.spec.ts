import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, openExample, rateTheRest } from './helpers.ts';

const OUTLINE = 'Health and wellbeing coach: development framework outline';

test('a health and wellbeing coach completes a self-assessment on the built-in coach outline: rated, submitted, agreed and signed', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const supervisor = await addLinkWorker(page, 'Noor Begum', 'Health and wellbeing coach');

  await page.getByRole('tab', { name: 'Competencies' }).click();
  await page.getByRole('button', { name: 'Start self-assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Self-assessment: Noor Begum' })).toBeVisible();
  await expect(page.getByText(`${OUTLINE}, version 1`)).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Coaching conversations' })
    .getByRole('radio', { name: '3 Proficient (can support others)' })
    .check();
  await page
    .getByLabel('Reflection on Coaching conversations')
    .fill('Let people set the agenda in every first session this month.');
  const submitBar = page.getByRole('region', { name: 'Submit for review' });
  await expect(submitBar).toContainText('1 of 17 rated');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await saveScreenshot(page, 'coach-self-assessment');
  await expectNoSeriousA11yViolations(page);

  await rateTheRest(page);
  await expect(submitBar).toContainText('17 of 17 rated');
  await submitBar.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted for review').first()).toBeVisible();

  const signBar = page.getByRole('region', { name: 'Sign-off' });
  await page.getByRole('combobox', { name: 'Acting as' }).fill(supervisor);
  await page.getByRole('option', { name: new RegExp(`^${supervisor}`) }).click();
  await signBar.getByRole('button', { name: "Agree with all the worker's ratings" }).click();
  await expect(signBar).toContainText('17 of 17 agreed');
  await signBar.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByText(`Signed by ${supervisor}, chosen under "Acting as", on `)).toBeVisible();
  await saveScreenshot(page, 'coach-assessment-signed');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: '← Noor Begum' }).click();
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile).toContainText(/Health coaching practice: 2\.\d/);
  await saveScreenshot(page, 'coach-competency-profile');
});
