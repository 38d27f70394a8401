import { describe, expect, test } from 'vitest';
import { listSiteChecklist } from '../../../src/components/site-checklist';
import { equipment, machineSpecs, otherRequirements, venue } from '../../../src/domain/site/requirements';

describe('listSiteChecklist', () => {
  const items = listSiteChecklist();

  test('starts with the machines each room needs', () => {
    expect(items[0]!.text).toBe('每个考场至少配备服务器 1 台、监考机 1 台、考生机 40 台（均为 PC 机）');
  });

  test('checks each machine against its minimum, not its recommended configuration', () => {
    const server = items.find((item) => item.text.startsWith('服务器不低于最低配置'))!;
    expect(server.text).toContain('CPU 8 核以上');
    expect(server.text).not.toContain('16 核');
  });

  test('includes every equipment item, venue condition and other requirement', () => {
    const texts = items.map((item) => item.text);
    for (const item of equipment) expect(texts).toContain(`${item.name}：${item.requirement}`);
    for (const text of [...venue.conditions, ...otherRequirements]) expect(texts).toContain(text);
  });

  test('gives every machine its software line', () => {
    expect(items.filter((item) => item.text.includes('已预装'))).toHaveLength(machineSpecs.length);
  });
});
