import { wizards } from '../../wizards/catalog';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

// axe on each page's first load sees wizards in their normal state only; error
// messages and the error summary have their own colours and must pass too.
for (const wizard of wizards) {
  test(`${wizard.slug}: the first screen passes axe after 下一步 with nothing filled in`, async ({ page }) => {
    await page.goto(`/wizards/${wizard.slug}/`);
    const next = page.getByRole('button', { name: '下一步' }).first();
    await expect(next).toBeVisible({ timeout: 20_000 });
    await next.click();
    // Every first screen needs something before it moves on, so the error summary must appear.
    await expect(page.getByRole('heading', { name: '存在以下问题' })).toBeVisible();
    await expectNoAxeViolations(page, `${wizard.slug} after 下一步`);
  });
}
