// The error summary's behaviour, test for test after GOV.UK Frontend's error-summary.puppeteer.test.js.
import { test, expect } from './fixtures';
import { openKitFixture } from './kit-fixture';

const summary = '.wizard-error-summary';

test.describe('error summary', () => {
  test('is automatically focused when the page loads', async ({ page }) => {
    await openKitFixture(page, 'error-summary');
    await expect(page.locator(summary)).toBeFocused();
  });

  test('adds the tabindex attribute on page load', async ({ page }) => {
    await openKitFixture(page, 'error-summary');
    await expect(page.locator(summary)).toHaveAttribute('tabindex', '-1');
  });

  test('removes the tabindex attribute on blur', async ({ page }) => {
    await openKitFixture(page, 'error-summary');
    await page.locator(summary).evaluate((element: HTMLElement) => element.blur());
    await expect(page.locator(summary)).not.toHaveAttribute('tabindex');
  });

  test('does not focus on page load when auto-focus is disabled', async ({ page }) => {
    await openKitFixture(page, 'error-summary', '?disableAutoFocus');
    await expect(page.locator(summary)).not.toBeFocused();
    await expect(page.locator(summary)).not.toHaveAttribute('tabindex');
  });

  test('puts role="alert" on an inner div, not on the focused element', async ({ page }) => {
    await openKitFixture(page, 'error-summary');
    await expect(page.locator(summary)).not.toHaveAttribute('role');
    await expect(page.locator(`${summary} > div[role="alert"]`)).toHaveCount(1);
  });

  test('titles the summary 存在以下问题', async ({ page }) => {
    await openKitFixture(page, 'error-summary');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('存在以下问题');
  });

  const inputTypes = [
    // [description, input id, selector for the label or legend that should be at the top]
    ['a text input', 'input', 'label[for="input"]'],
    ['a textarea', 'textarea', 'label[for="textarea"]'],
    ['a select', 'select', 'label[for="select"]'],
    ['a file upload', 'file', 'label[for="file"]'],
    ['a checkbox', 'checkbox', '#test-checkboxes legend'],
    ['a group of radio buttons', 'radio', '#test-radios legend'],
    ['a text input in a small fieldset', 'input-small-fieldset', '#test-fieldset-small legend'],
    ['a text input in a large fieldset', 'input-large-fieldset', 'label[for="input-large-fieldset"]'],
  ] as const;

  for (const [description, inputId, legendOrLabel] of inputTypes) {
    test.describe(`when linking to ${description}`, () => {
      test.beforeEach(async ({ page }) => {
        await openKitFixture(page, 'error-summary');
        await page.locator(`${summary} a[href="#${inputId}"]`).click();
      });

      test('focuses the target input', async ({ page }) => {
        await expect(page.locator(`#${inputId}`)).toBeFocused();
      });

      test('scrolls the label or legend to the top of the screen', async ({ page }) => {
        const top = await page.locator(legendOrLabel).evaluate((element) => element.getBoundingClientRect().top);
        expect(Math.abs(top)).toBeLessThan(1);
      });

      test('does not include a hash in the URL', async ({ page }) => {
        expect(new URL(page.url()).hash).toBe('');
      });
    });
  }
});
