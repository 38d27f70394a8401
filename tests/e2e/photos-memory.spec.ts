import { expect, test } from './fixtures';
import { chooseGeneratedPhotos, numberedStudents, openPhotoWizard, waitForReview } from './photos-wizard';

// Many 12-megapixel photos through the worker, one at a time: the tab must stay alive and
// its memory flat. 1 000 would take minutes; 100 run the same loop long enough for a leak
// of one decoded photo each (48 MB) to show, within CI's time.
const photoCount = 100;
const heapLimitBytes = 150 * 1024 * 1024;

test('checks 100 photos of 4000×3000 px without the tab running out of memory', async ({ page }) => {
  test.setTimeout(300_000);
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const students = numberedStudents(photoCount);
  await openPhotoWizard(page, students);
  await page.getByRole('button', { name: '下一步' }).click();
  await chooseGeneratedPhotos(page, { documentNumbers: students.map((student) => student.documentNumber), width: 4000, height: 3000 });
  await expect(page.getByText(`共 ${photoCount} 张照片，${photoCount} 张对应到了考生`)).toBeVisible();

  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Performance.enable');
  let peakHeap = 0;
  const sample = async () => {
    const { metrics } = await devtools.send('Performance.getMetrics');
    peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  await page.getByRole('button', { name: '检查照片' }).click();
  const sampler = setInterval(() => void sample().catch(() => undefined), 500);
  try {
    await waitForReview(page, 280_000);
  } finally {
    clearInterval(sampler);
  }
  await sample();
  console.log(`photos memory: ${photoCount} photos of 4000×3000, peak page JS heap ${(peakHeap / 1048576).toFixed(1)} MB`);

  expect(crashed).toBe(false);
  await expect(page.getByText(`检查了 ${photoCount} 张照片`)).toBeVisible();
  expect(peakHeap).toBeLessThan(heapLimitBytes);
});
