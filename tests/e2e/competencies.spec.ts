import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, openExample } from './helpers.ts';
import { keepPdf } from './pdf.ts';

const RATED = [
  ["'What matters to you' conversations", '1 Developing (with support)', '2 Competent (independent)'],
  ['Co-produced personalised plans', '2 Competent (independent)', '2 Competent (independent)'],
  ['Strengths-based and motivational approaches', '3 Proficient (can support others)', '2 Competent (independent)'],
] as const;

test('a worker self-assesses, the supervisor agrees and signs, and the profile and PDF show it', async ({
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
  await expect(page.getByText('3 of 24 rated')).toBeVisible();
  await saveScreenshot(page, 'self-assessment');
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(
    page.getByRole('radiogroup', { name: RATED[0][0] }).getByRole('radio', { name: RATED[0][1] }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted for review').first()).toBeVisible();

  await page.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByRole('alert')).toContainText(`Only Zara Hughes's named supervisor, ${supervisor}, can sign`);

  await page.getByRole('combobox', { name: 'Acting as' }).fill(supervisor);
  await page.getByRole('option', { name: new RegExp(`^${supervisor}`) }).click();
  for (const [competency, , agreed] of RATED) {
    await page.getByRole('combobox', { name: `Agreed rating for ${competency}` }).click();
    await page.getByRole('option', { name: agreed }).click();
  }
  await page.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByText(`Signed by ${supervisor}, chosen under "Acting as", on `)).toContainText(
    '(attribution, not authentication). It is locked',
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print (PDF)' }).click();
  const text = await keepPdf(page, await download, 'competency-assessment');
  expect(text).toContain('Zara Hughes');
  expect(text).toContain(supervisor);
  expect(text).toMatch(/'What matters to you' conversations\s+1 Developing \(with\s+2 Competent/);

  await page.getByRole('link', { name: '← Zara Hughes' }).click();
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByRole('figure', { name: 'Agreed ratings by area' })).toBeVisible();
  await expect(profile).toContainText('Person-centred practice: 2');
  await saveScreenshot(page, 'competency-profile');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Competencies', exact: true }).click();
  const heatmap = page.getByRole('table', { name: 'Competency heat map' });
  await expect(heatmap.getByRole('row', { name: /Zara Hughes/ })).toContainText('2.0');
  await saveScreenshot(page, 'competency-heatmap');
  await expectNoSeriousA11yViolations(page);
});
