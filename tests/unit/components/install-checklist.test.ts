import { describe, expect, test } from 'vitest';
import { listInstallChecklist } from '../../../src/components/install-checklist';
import { processBlocks } from '../../../src/domain/exam-day/process';

describe('listInstallChecklist', () => {
  const items = listInstallChecklist();

  test('ends with every 考场封场确认 check and its responsible roles', () => {
    const sealing = processBlocks.find((block) => block.name === '考场封场确认')!;
    expect(items.slice(-sealing.items.length)).toEqual(sealing.items.map((text) => ({ text, who: sealing.who })));
  });

  test('starts with the machines each room needs', () => {
    expect(items[0]!.text).toContain('考生机 40 台');
  });
});
