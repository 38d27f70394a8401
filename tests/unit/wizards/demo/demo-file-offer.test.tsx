// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DemoFileOffer } from '../../../../wizards/demo/DemoFileOffer';
import { demoFiles } from '../../../../wizards/demo/demo-files';
import type { DemoFileKey } from '../../../../src/domain/training/schema';

/** Render the offer of `file` in `mode`. */
function mount(mode: 'demo' | 'own', file: DemoFileKey = 'studentList') {
  document.documentElement.dataset.workMode = mode;
  const root = document.body.appendChild(document.createElement('div'));
  act(() => render(<DemoFileOffer file={file} />, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.workMode;
});

describe('DemoFileOffer', () => {
  test.each(Object.keys(demoFiles) as DemoFileKey[])('offers the sample file %s for download in demo mode', async (file) => {
    const root = mount('demo', file);
    // The file names load on demand, in demo mode only.
    const link = await vi.waitFor(() => {
      const offered = root.querySelector('a');
      if (!offered) throw new Error('no offer yet');
      return offered;
    });
    expect(link.textContent).toBe(`下载「${demoFiles[file].fileName}」`);
    expect(link.getAttribute('href')).toBe(demoFiles[file].href);
    expect(link.getAttribute('download')).toBe(demoFiles[file].fileName);
  });

  test('offers nothing with the user’s own work', async () => {
    const root = mount('own');
    // Give a load that should not happen the time it would take.
    await import('../../../../wizards/demo/demo-files');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(root.innerHTML).toBe('');
  });
});
