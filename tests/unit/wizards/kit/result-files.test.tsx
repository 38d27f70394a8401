// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ResultFiles } from '../../../../wizards/kit/ResultFiles';
import type { BuildResultFile } from '../../../../wizards/kit/result-file';

const files = [{ id: 'list', fileName: '名单.xlsx', description: '考生名单' }];
const afterPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

async function clickDownload(build: BuildResultFile) {
  const root = document.createElement('div');
  await act(() => render(<ResultFiles files={files} build={build} />, root));
  await act(async () => {
    root.querySelector('button')!.click();
    await afterPromises();
  });
  return root;
}

describe('ResultFiles', () => {
  test('builds the file asked for and downloads it under its listed name', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:file');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const build = vi.fn(async () => new Blob(['x']));
    const root = await clickDownload(build);
    expect(build).toHaveBeenCalledWith('list', { now: expect.any(Date), origin: window.location.origin });
    expect(clicked).toEqual(['名单.xlsx']);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    click.mockRestore();
  });

  test('says which file failed and why, and offers the button again', async () => {
    const root = await clickDownload(async () => {
      throw new Error('磁盘已满');
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('生成「名单.xlsx」没有成功');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('磁盘已满');
    expect(root.querySelector('button')!.disabled).toBe(false);
  });
});
