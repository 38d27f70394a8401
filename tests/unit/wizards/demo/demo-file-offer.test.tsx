// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { DemoFileOffer } from '../../../../wizards/demo/DemoFileOffer';
import { demoFiles } from '../../../../wizards/demo/demo-files';
import type { DemoFileKey } from '../../../../src/domain/training/schema';

function mount(mode: 'demo' | 'own', file: DemoFileKey = 'studentList') {
  document.documentElement.dataset.workMode = mode;
  const root = document.body.appendChild(document.createElement('div'));
  render(<DemoFileOffer file={file} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.workMode;
});

describe('DemoFileOffer', () => {
  test.each(Object.keys(demoFiles) as DemoFileKey[])('offers the sample file %s for download in demo mode', (file) => {
    const link = mount('demo', file).querySelector('a')!;
    expect(link.textContent).toBe(`下载「${demoFiles[file].fileName}」`);
    expect(link.getAttribute('href')).toBe(demoFiles[file].href);
    expect(link.getAttribute('download')).toBe(demoFiles[file].fileName);
  });

  test('offers nothing with the user’s own work', () => {
    expect(mount('own').innerHTML).toBe('');
  });
});
