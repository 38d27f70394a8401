// The site wizard end to end: the eligibility gate, every readiness screen, the report.
import { test, expect, visit } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { certificate } from '../../src/domain/certificate/facts';
import { failingSite, minimumSite, toSiteForm } from '../fixtures/site';
import { fillSiteWizard } from './site-helpers';
import { expectPrintsOnA4 } from './print-a4';

test.describe('site wizard', () => {
  test('stops a school that is not a pilot school, saying why', async ({ page }) => {
    await visit(page, '/wizards/site/');
    await page.getByLabel('院校名称').fill('某学院');
    await page.getByRole('group', { name: '本校已经是试点院校吗？' }).getByLabel('否').check();
    await page.getByRole('group', { name: '本校以前申报过考核站点吗？' }).getByLabel('否').check();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '现在还不能申报考核站点' })).toBeVisible();
    await expect(page.getByText('只有试点院校才能申报考核站点')).toBeVisible();
    await expect(page.getByRole('button', { name: '下一步' })).toHaveCount(0);
  });

  test('shows the generated site name without a box to type it', async ({ page }) => {
    await visit(page, '/wizards/site/');
    await page.getByLabel('院校名称').fill('某某职业技术学院');
    await page.getByRole('group', { name: '本校已经是试点院校吗？' }).getByLabel('是').check();
    await page.getByRole('group', { name: '本校以前申报过考核站点吗？' }).getByLabel('否').check();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.locator('#site-name')).toHaveText(`某某职业技术学院${certificate.name}`);
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });

  test('reports a site at the minimum configuration as ready, with advice', async ({ page }) => {
    await visit(page, '/wizards/site/');
    await fillSiteWizard(page, toSiteForm(minimumSite));
    await expect(page.getByRole('heading', { name: '考场条件自查报告' })).toBeVisible();
    await expect(page.locator('.site-verdict')).toContainText('不符合 0 项');
    await expect(page.locator('.site-verdict')).toContainText('全部达到考场条件');
    await expect(page.getByRole('heading', { name: '需要整改' })).toHaveCount(0);
  });

  test('lists every failing item with what to fix, and 修改 goes back to its screen', async ({ page }) => {
    await visit(page, '/wizards/site/');
    await fillSiteWizard(page, toSiteForm(failingSite));
    const fixes = page.getByRole('table', { name: '需要整改的项目' });
    await expect(fixes.getByRole('row')).toHaveCount(9);
    await expect(fixes).toContainText('增加到至少 40 台');
    await expect(fixes).toContainText('升级到至少 4 GB（建议 8 GB）');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: '修改 场地条件' }).click();
    await expect(page.getByRole('heading', { name: '场地条件' })).toBeVisible();
    await expect(page.getByLabel('所有计算机运行时能持续供电的时间（小时）')).toHaveValue('4');
  });

  test('prints the readiness report on A4 with the sign-off lines and without controls', async ({ page }) => {
    await visit(page, '/wizards/site/');
    await fillSiteWizard(page, toSiteForm(failingSite));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: '自查签字' })).toContainText('复核人（考试评价工作负责人）');
    await expect(page.getByText('院校：某某职业技术学院')).toBeVisible();
    await expect(page.getByRole('link', { name: /^修改/ })).toHaveCount(0);
    const pages = await expectPrintsOnA4(page, 12);
    console.log(`site readiness report: ${pages} A4 pages`);
  });
});
