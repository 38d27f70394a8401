import { describe, expect, test } from 'vitest';
import { describePersistence } from '../../../../wizards/workbench/StoragePersistence';

describe('describePersistence', () => {
  test.each([
    { state: 'granted', asked: true, expected: /^浏览器已同意长期保存/ },
    { state: 'granted', asked: false, expected: /^浏览器已经同意长期保存/ },
    { state: 'notGranted', asked: true, expected: /^浏览器没有同意长期保存。.*请定期「导出全部工作」/ },
    { state: 'notGranted', asked: false, expected: /^浏览器还没有同意长期保存/ },
    { state: 'unsupported', asked: false, expected: /^这个浏览器不支持申请长期保存/ },
  ] as const)('says $expected when the state is $state (asked: $asked)', ({ state, asked, expected }) => {
    expect(describePersistence(state, asked)).toMatch(expected);
  });
});
