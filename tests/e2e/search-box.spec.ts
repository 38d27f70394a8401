// The search dialog's behaviour: facts in excerpts, partial matches said so, sections, keyboard, a11y.
import { defaultFeeYuan } from '../../src/domain/certificate/facts';
import { studentPhoto } from '../../src/domain/photos/facts';
import { candidatesPerRoomInPrinciple } from '../../src/domain/rooms/facts';
import { reviewWindow } from '../../src/domain/scores/facts';
import { expectNoAxeViolations } from './axe';
import { test, expect, visit } from './fixtures';
import { SearchBox } from './search';

/** Questions naming a single fact, with the page and the fact its top result must show. */
const singleFacts = [
  { question: '照片文件多大以内', page: '/registration/photos/', fact: studentPhoto.maxBytesLabel },
  { question: '学生照片像素是多少', page: '/registration/photos/', fact: `${studentPhoto.widthPx} × ${studentPhoto.heightPx}` },
  { question: '考试费多少钱', page: '/registration/fees/', fact: `${defaultFeeYuan.初级} 元` },
  { question: '一个考场最多坐多少人', page: '/registration/rooms/', fact: `${candidatesPerRoomInPrinciple} 人` },
  { question: '复查要在几天内申请', page: '/registration/score-review/', fact: `${reviewWindow.requestWithinWorkingDays} 个工作日` },
];

test.describe('search box', () => {
  test.beforeEach(async ({ page }) => {
    await visit(page, '/');
  });

  for (const { question, page: answerPage, fact } of singleFacts) {
    test(`shows the fact in the top result's excerpt for 「${question}」`, async ({ page }) => {
      const { results } = await new SearchBox(page).search(question);
      expect(results.slice(0, 3).map((result) => result.path)).toContain(answerPage);
      // Guides write a size with or without spaces (295 × 413, 295×413): the fact is there either way.
      const withoutSpaces = (text: string) => text.replace(/\s+/g, '');
      expect(withoutSpaces(results[0]!.excerpt)).toContain(withoutSpaces(fact));
    });
  }

  test('says so when no page has every word, and still shows the best pages', async ({ page }) => {
    // 最多 is on no page: the others still find the rooms guide.
    const { results, status } = await new SearchBox(page).search('一个考场最多坐多少人');
    expect(status).toContain('最接近');
    expect(results.map((result) => result.path)).toContain('/registration/rooms/');
  });

  test('says nothing was found for words the site does not have', async ({ page }) => {
    const { results, status } = await new SearchBox(page).search('zzzqqq');
    expect(results).toEqual([]);
    expect(status).toContain('没有找到');
  });

  test('leads to the section that answers', async ({ page }) => {
    const box = new SearchBox(page);
    const { results } = await box.search('考试中停电了怎么办');
    const emergencies = results.find((result) => result.path === '/exam-day/emergencies/')!;
    expect(emergencies.section).toBe('/exam-day/emergencies/#emergency-powerCut');
    await box.dialog.getByRole('link', { name: /突然停电/ }).first().click();
    await expect(page).toHaveURL(/#emergency-powerCut$/);
    await expect(page.locator('#emergency-powerCut')).toBeInViewport();
  });

  test('offers each FAQ question as a section of its own', async ({ page }) => {
    const { results } = await new SearchBox(page).search('学生对成绩有疑问怎么申请复查');
    expect(results.map((result) => result.section)).toContain('/reference/faq/#reviewHow');
  });

  test('finds a checklist line (Pagefind skips text inside labels)', async ({ page }) => {
    const { results } = await new SearchBox(page).search('开考前多少分钟开机');
    expect(results[0]!.path).toBe('/exam-day/exam-process/');
    expect(results[0]!.excerpt).toContain('90 分钟');
  });

  test('shows the results of the last query when typed key by key', async ({ page }) => {
    const box = new SearchBox(page);
    await box.open();
    await box.input.pressSequentially('复查表发到哪个邮箱');
    await expect(box.results).toHaveAttribute('data-query', '复查表发到哪个邮箱', { timeout: 60_000 });
    expect((await box.read()).results[0]!.path).toBe('/registration/score-review/');
  });

  test('opens with Ctrl+K, goes to the first result on Enter', async ({ page }) => {
    const box = new SearchBox(page);
    await page.keyboard.press('Control+k');
    await expect(box.input).toBeFocused();
    await box.input.fill('签名章图片要多大');
    await expect(box.results).toHaveAttribute('data-query', '签名章图片要多大', { timeout: 60_000 });
    await box.input.press('Enter');
    await expect(page).toHaveURL(/\/certificates\/stamp\//);
  });

  test('has no axe violations with results shown', async ({ page }) => {
    await new SearchBox(page).search('考点申报被退回了怎么办');
    await expectNoAxeViolations(page, 'search dialog with results');
  });
});
