// Steps the kit's browser tests share: export and import a 工作文件, and reach the pilot wizard's screens.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { completePilot } from '../fixtures/pilot';
import { expect } from './fixtures';

/** The heading of the screen shown. */
export const screenHeading = (page: Page) => page.locator('#wizard-step-title');

/** Click 导出工作文件 and return the file's name and parsed content. */
export async function exportWorkFile(page: Page): Promise<{ name: string; body: { entries: Record<string, unknown> } & Record<string, unknown> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出工作文件' }).click()]);
  return { name: download.suggestedFilename(), body: JSON.parse(readFileSync((await download.path())!, 'utf8')) };
}

/** Choose a file with 导入工作文件: its text, or a path on disk (for files too large to hand over in memory). */
export async function chooseWorkFile(page: Page, file: { name: string; text: string } | string): Promise<void> {
  const input = page.locator('input[type=file][accept*=json]');
  if (typeof file === 'string') await input.setInputFiles(file);
  else await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

/** Answer the pilot wizard's first three screens and stop on 场地情况 (its first text area). */
export async function reachPilotFacilities(page: Page): Promise<void> {
  const next = () => page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('院校名称').fill('某某职业技术学院');
  await page.getByLabel('申报批次').fill(completePilot.batch);
  await page.getByLabel('申报开始日期').fill(completePilot.windowStart);
  await page.getByLabel('申报截止日期').fill(completePilot.windowEnd);
  await next();
  await page.getByLabel('专业名称').fill('电子商务');
  await page.getByRole('button', { name: '添加到列表' }).click();
  await page.getByLabel('拟申报的培训人数').fill(String(completePilot.trainees));
  await next();
  await page.getByLabel('相关专业的专任教师人数').fill(String(completePilot.teachers.total));
  await next();
  await expect(page.getByLabel('已安装的软件（选填，每行一个）')).toBeVisible();
}

/** Answer every screen of the pilot wizard up to its result: on 确认 it writes the 院校名称 to the school workspace. */
export async function completePilotWizard(page: Page): Promise<void> {
  const next = (name = '下一步') => page.getByRole('button', { name }).click();
  await reachPilotFacilities(page);
  await page.getByLabel('可用于实训和考核的计算机机房数量').fill(String(completePilot.facilities.rooms));
  await page.getByLabel('这些机房的计算机总台数').fill(String(completePilot.facilities.machines));
  await next();
  await next();
  await next('确认，生成填写清单');
  await expect(screenHeading(page)).toHaveText('按平台表单的顺序填写');
}
