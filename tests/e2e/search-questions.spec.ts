// Questions in the words staff use, through the site's own search box (the code path staff use).
import { test, expect, visit } from './fixtures';
import { SearchBox } from './search';
import { searchQuestions } from './search-questions';

test('finds the answering page in the top 3 for every staff question, and never nothing', async ({ page }) => {
  // Every question through the search box: a few minutes on a busy machine.
  test.setTimeout(300_000);
  await visit(page, '/');
  const box = new SearchBox(page);
  const misses: string[] = [];
  const empty: string[] = [];
  for (const { question, page: expected } of searchQuestions) {
    const { results } = await box.search(question);
    const top = results.slice(0, 3).map((result) => result.path);
    if (results.length === 0) empty.push(question);
    if (!top.includes(expected)) misses.push(`${question}: expected ${expected}, got ${top.join(' ') || 'nothing'}`);
  }
  const hits = searchQuestions.length - misses.length;
  console.log(`search questions: ${hits}/${searchQuestions.length} in the top 3 (${((100 * hits) / searchQuestions.length).toFixed(1)} %), ${empty.length} with no result`);
  expect(misses).toEqual([]);
  expect(empty).toEqual([]);
});
