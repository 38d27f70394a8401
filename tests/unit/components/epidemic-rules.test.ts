import { describe, expect, test } from 'vitest';
import { epidemicEntryRefusals, epidemicRules } from '../../../src/domain/exam-day/epidemic';
import { attachSubItems, subListMarker } from '../../../src/components/epidemic-rules';

describe('attachSubItems', () => {
  test('attaches the sub-points to the rule that announces them and drops the marker', () => {
    expect(attachSubItems(['一。', `二：${subListMarker}`], ['甲', '乙'])).toEqual([
      { text: '一。', subItems: [] },
      { text: '二：', subItems: ['甲', '乙'] },
    ]);
  });

  test('throws when no rule announces the sub-points', () => {
    expect(() => attachSubItems(['一。'], ['甲'])).toThrow('found 0');
  });

  test('keeps every rule and every refusal of the manual', () => {
    const rules = attachSubItems(epidemicRules, epidemicEntryRefusals);
    expect(rules).toHaveLength(epidemicRules.length);
    expect(rules.flatMap((rule) => rule.subItems)).toEqual([...epidemicEntryRefusals]);
  });
});
