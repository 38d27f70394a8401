import { wizards } from '../../wizards/catalog';
import { expectNoAxeViolations } from './axe';
import { expect, test, toSiteUrl } from './fixtures';

// axe on each page's first load sees wizards in their normal state only; error
// messages and the error summary have their own colours and must pass too.
// A wizard whose first screen is blocked on an empty workspace (还不能开始: it needs
// another wizard's data) has no 下一步 to press: its blocked screen is checked instead.
for (const wizard of wizards) {
  test(`${wizard.slug}: the first screen passes axe after 下一步 with nothing filled in, or blocked`, async ({ page }) => {
    await page.goto(toSiteUrl(`/wizards/${wizard.slug}/`));
    const next = page.getByRole('button', { name: '下一步' }).first();
    const blocked = page.getByRole('heading', { name: '还不能开始' });
    await expect(next.or(blocked)).toBeVisible({ timeout: 20_000 });
    if (await blocked.isVisible()) {
      await expect(page.getByRole('button', { name: '下一步' })).toHaveCount(0);
      await expectNoAxeViolations(page, `${wizard.slug} blocked`);
      return;
    }
    await next.click();
    // Every first screen needs something before it moves on, so the error summary must appear.
    await expect(page.getByRole('heading', { name: '存在以下问题' })).toBeVisible();
    await expectNoAxeViolations(page, `${wizard.slug} after 下一步`);
  });
}
