// The pilot wizard end to end: keyboard only, errors kept, copy buttons, what comes next.
import { test, expect, visit } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { pilotFormFields } from '../../src/domain/pilot/facts';
import { completePilot } from '../fixtures/pilot';
import { expectPrintsOnA4 } from './print-a4';

/** Press Tab until the button with this name has focus, as a keyboard user would. */
async function tabTo(page: import('@playwright/test').Page, name: string) {
  for (let presses = 0; presses < 20; presses += 1) {
    if (await page.getByRole('button', { name }).evaluate((button) => button === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the button ${name}`);
}

/** Type into the focused box, then Tab to the next one. */
async function typeAndTab(page: import('@playwright/test').Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

const next = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^(下一步|确认，生成填写清单)$/ }).click();

/** Answer every screen from the fixture with the mouse, and reach the result. */
async function fillPilot(page: import('@playwright/test').Page, answers: typeof completePilot) {
  await page.getByLabel('院校名称').fill('某某职业技术学院');
  await page.getByLabel('申报批次').fill(answers.batch);
  await page.getByLabel('申报开始日期').fill(answers.windowStart);
  await page.getByLabel('申报截止日期').fill(answers.windowEnd);
  await next(page);
  for (const major of answers.majors) {
    await page.getByLabel('专业名称').fill(major);
    await page.getByRole('button', { name: '添加到列表' }).click();
  }
  await page.getByLabel('拟申报的培训人数').fill(String(answers.trainees));
  await next(page);
  await page.getByLabel('相关专业的专任教师人数').fill(String(answers.teachers.total));
  await next(page);
  await page.getByLabel('可用于实训和考核的计算机机房数量').fill(String(answers.facilities.rooms));
  await page.getByLabel('这些机房的计算机总台数').fill(String(answers.facilities.machines));
  await page.getByLabel('已安装的软件（选填，每行一个）').fill(answers.facilities.software.join('\n'));
  await next(page);
  await page.getByLabel('其他佐证材料（选填）').fill(answers.evidence.join('\n'));
  await next(page);
  await next(page);
}

test.describe('pilot wizard', () => {
  test('walks every screen with the keyboard and lists the form’s fields in the platform’s order', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await visit(page, '/wizards/pilot/');
    await page.getByLabel('院校名称').focus();
    for (const text of ['某某职业技术学院', '2026年第一次', '2026-04-01', '2099-12-31']) await typeAndTab(page, text);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: '申请的专业和培训人数' })).toBeFocused();
    await page.getByLabel('专业名称').focus();
    await typeAndTab(page, '电子商务');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listitem').filter({ hasText: '电子商务' })).toBeVisible();
    await page.getByLabel('拟申报的培训人数').focus();
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');

    await page.getByLabel('相关专业的专任教师人数').focus();
    for (const text of ['12', '3', '8', '4']) await typeAndTab(page, text);
    await page.keyboard.press('Enter');
    await page.getByLabel('可用于实训和考核的计算机机房数量').focus();
    for (const text of ['2', '100']) await typeAndTab(page, text);
    // The software box is multi-line: Enter there starts a new line, so Tab on to 下一步.
    await page.keyboard.type('Photoshop CS6');
    await tabTo(page, '下一步');
    await page.keyboard.press('Enter');

    await expect(page.getByLabel('师资情况描述')).toHaveValue(/专任教师 12 名/);
    await expect(page.getByLabel('场地情况描述')).toHaveValue(/计算机机房 2 间，共有计算机 100 台/);
    await tabTo(page, '下一步');
    await page.keyboard.press('Enter');
    await tabTo(page, '确认，生成填写清单');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: '按平台表单的顺序填写' })).toBeVisible();
    await expect(page.locator('.pilot-field dt')).toHaveText(pilotFormFields.map((field) => new RegExp(field.label)));
    await expect(page.getByText('今天在申报时间内')).toBeVisible();
    await expectNoAxeViolations(page);
    await tabTo(page, '复制 拟申报的培训人数');
    await page.keyboard.press('Enter');
    await expect(page.getByText('已复制')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('120');
  });

  test('lists what is missing, links to the box and keeps what was typed', async ({ page }) => {
    await visit(page, '/wizards/pilot/');
    await page.getByLabel('申报开始日期').fill('2026-02-30');
    await page.getByRole('button', { name: '下一步' }).click();
    const summary = page.locator('.wizard-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(4);
    await summary.getByRole('link', { name: /申报开始日期/ }).click();
    await expect(page.getByLabel('申报开始日期')).toBeFocused();
    await expect(page.getByLabel('申报开始日期')).toHaveValue('2026-02-30');
  });

  test('offers a copy button for every field with a value', async ({ page }) => {
    await visit(page, '/wizards/pilot/');
    await fillPilot(page, completePilot);
    await expect(page.getByRole('button', { name: /^复制/ })).toHaveCount(pilotFormFields.length);
  });

  test('prints the summary for the school’s approval on A4, without buttons, with the approval lines', async ({ page }) => {
    await visit(page, '/wizards/pilot/');
    await fillPilot(page, completePilot);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: '证书试点申报汇总表（供校内审批）' })).toBeVisible();
    await expect(page.getByRole('region', { name: '校内审批' })).toContainText('负责人签字');
    await expect(page.getByText('师资培训证书.pdf')).toBeVisible();
    await expect(page.getByRole('heading', { name: '提交之后：申报状态' })).toBeHidden();
    const pages = await expectPrintsOnA4(page, 2);
    console.log(`pilot summary: ${pages} A4 page(s)`);
  });
});
