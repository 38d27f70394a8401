import { describe, expect, test } from 'vitest';
import { describeMilestones, describeWizardLink, quoteMenu } from '../../../src/components/task-summary';

describe('describeMilestones', () => {
  test('returns each milestone’s stage and window in the order given', () => {
    expect(describeMilestones(['exam', 'materials'])).toEqual([
      { stage: '正式考试', timing: '考试日' },
      { stage: '下载准考证、部署考场、打印物料', timing: '考前第一周周一-考前1天' },
    ]);
  });

  test('throws on an unknown milestone', () => {
    expect(() => describeMilestones(['nothing'])).toThrow('Unknown milestone: nothing');
  });
});

describe('quoteMenu', () => {
  test('returns the menu path in 「」', () => {
    expect(quoteMenu('certificateIssuance')).toBe('「证书管理-证书发放管理」');
  });
});

describe('describeWizardLink', () => {
  test('returns the wizard’s URL and title', () => {
    expect(describeWizardLink('materials')).toMatchObject({ href: '/wizards/materials/', title: '考试当天物料' });
  });
});
