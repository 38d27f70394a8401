// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { DemoFileOffer } from '../../../../wizards/demo/DemoFileOffer';
import { demoFiles } from '../../../../wizards/demo/demo-files';

function mount(mode: 'demo' | 'own') {
  document.documentElement.dataset.workMode = mode;
  const root = document.body.appendChild(document.createElement('div'));
  render(<DemoFileOffer file="studentList" />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.workMode;
});

describe('DemoFileOffer', () => {
  test('offers the sample file for download in demo mode', () => {
    const link = mount('demo').querySelector('a')!;
    expect(link.textContent).toBe(`下载「${demoFiles.studentList.fileName}」`);
    expect(link.getAttribute('href')).toBe(demoFiles.studentList.href);
    expect(link.getAttribute('download')).toBe(demoFiles.studentList.fileName);
  });

  test('offers nothing with the user’s own work', () => {
    expect(mount('own').innerHTML).toBe('');
  });
});
