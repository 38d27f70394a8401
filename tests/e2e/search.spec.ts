import { test, expect, siteUrl, visit } from './fixtures';
import { SearchBox } from './search';
import { searchVocabulary } from './search-vocabulary';

test.describe('search', () => {
  test('finds the expected page in the top 3 for every term of the vocabulary', async ({ page }) => {
    // Every term through the search box, as staff type them: a few minutes on a busy machine.
    test.setTimeout(300_000);
    await visit(page, '/');
    const box = new SearchBox(page);
    const misses: string[] = [];
    for (const { term, page: expected } of searchVocabulary) {
      const top = (await box.search(term)).results.slice(0, 3).map((result) => result.path);
      if (!top.includes(expected)) misses.push(`${term}: expected ${expected}, got ${top.join(' ') || 'nothing'}`);
    }
    console.log(`search quality: ${searchVocabulary.length - misses.length}/${searchVocabulary.length} terms hit`);
    expect(misses).toEqual([]);
  });

  test('shows Chinese results in the search dialog', async ({ page }) => {
    await visit(page, '/');
    await page.getByRole('button', { name: '搜索' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '搜索' }).fill('证书级别');
    // The first query loads Pagefind's WebAssembly and index chunks: allow for a busy machine.
    const result = dialog.getByRole('link', { name: /证书与考试概览/ }).first();
    await expect(result).toBeVisible({ timeout: 20_000 });
    await Promise.all([page.waitForURL(`${siteUrl('/start/overview/')}**`), result.click()]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('证书与考试概览');
  });
});
