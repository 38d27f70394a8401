import { wizards } from '../../wizards/catalog';
import { expectNoAxeViolations } from './axe';
import { expect, test, toSiteUrl } from './fixtures';

// axe on each page's first load sees wizards in their normal state only; error
// messages and the error summary have their own colours and must pass too.
// A wizard whose first screen is blocked on an empty workspace (还不能开始: it needs
// another wizard's data, tests/e2e/exam-run-start.spec.ts) has no 下一步 to press:
// its blocked screen is checked instead.
const blockedOnEmptyWorkspace = new Set(['photos', 'registration', 'rooms', 'staff', 'materials']);

for (const wizard of wizards) {
  const isBlocked = blockedOnEmptyWorkspace.has(wizard.slug);
  test(`${wizard.slug}: the first screen passes axe ${isBlocked ? 'blocked' : 'after 下一步 with nothing filled in'}`, async ({ page }) => {
    await page.goto(toSiteUrl(`/wizards/${wizard.slug}/`));
    if (isBlocked) {
      await expect(page.getByRole('heading', { name: '还不能开始' })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('button', { name: '下一步' })).toHaveCount(0);
      await expectNoAxeViolations(page, `${wizard.slug} blocked`);
      return;
    }
    await page.getByRole('button', { name: '下一步' }).first().click({ timeout: 20_000 });
    // Every first screen needs something before it moves on, so the error summary must appear.
    await expect(page.getByRole('heading', { name: '存在以下问题' })).toBeVisible();
    await expectNoAxeViolations(page, `${wizard.slug} after 下一步`);
  });
}
