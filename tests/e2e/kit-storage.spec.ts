// The kit when the browser's storage fails: full (a real quota, set through Chromium's DevTools protocol), or silent.
import { test, expect as baseExpect, visit } from './fixtures';
import { exportWorkFile, reachPilotFacilities, screenHeading } from './kit-work-files';
import { readSaved } from './saved-work';

// Loading a wizard and writing to storage take seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

/** Text that compresses badly, so the storage cannot squeeze it under the quota. */
function incompressibleText(characters: number): string {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: characters }, (_, index) => (index % 60 === 59 ? '\n' : String.fromCharCode(0x4e00 + (next() % 20000)))).join('');
}

test('exports what is on screen when the storage is full and autosave failed', async ({ page, baseURL }) => {
  // A real quota of 1 MB for the site, set before the page opens its database (Chromium applies it to connections
  // opened afterwards): room for the wizard's first screens, not for the 2 MB list of software typed below.
  const origin = new URL(baseURL!).origin;
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 * 1024 });
  await visit(page, '/wizards/pilot/');
  await reachPilotFacilities(page);
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  const software = incompressibleText(1_000_000);
  // Typed at once (as a paste would be): filling the box key by key takes minutes for this much text.
  await page.getByLabel('已安装的软件（选填，每行一个）').evaluate((box: HTMLTextAreaElement, text) => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, software);
  await expect(page.getByRole('status').filter({ hasText: '自动保存失败' })).toContainText('浏览器的存储空间已满。请用「导出工作文件」保存您的工作。');
  expect(((await readSaved(page, 'draft:pilot')) as { context: { form: { facilitySoftware: string } } }).context.form.facilitySoftware).toBe('');

  const { body } = await exportWorkFile(page);
  const draft = body.entries['draft:pilot'] as { value: string; context: { form: { facilitySoftware: string; schoolName: string } } };
  expect(draft.value).toBe('facilities');
  expect(draft.context.form.facilitySoftware).toBe(software);
  expect(draft.context.form.schoolName).toBe('某某职业技术学院');
  await devtools.send('Storage.overrideQuotaForOrigin', { origin });
});

test('says so when the storage never answers, and goes on without saving on request', async ({ page }) => {
  // A storage that never answers: IndexedDB's open request never fires.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open() {
      return {} as IDBOpenDBRequest;
    };
  });
  await visit(page, '/wizards/timeline/');
  await expect(page.getByRole('heading', { name: '浏览器的存储没有响应' })).toBeVisible();
  await expect(page.getByText('正在读取本机保存的工作…')).toHaveCount(0);
  await page.getByRole('button', { name: '不保存，继续使用' }).click();

  await expect(screenHeading(page)).toHaveText('考试日期是哪一天？');
  await expect(page.getByRole('status').filter({ hasText: '浏览器的存储没有响应' })).toContainText('请用「导出工作文件」保存');
  await page.getByLabel('考试日期', { exact: true }).fill('2036-06-28');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(screenHeading(page)).toHaveText('考核计划上的时间（可不填）');
  const { body } = await exportWorkFile(page);
  expect(body.entries['draft:timeline']).toMatchObject({ value: 'windows', context: { examDate: '2036-06-28' } });
});
