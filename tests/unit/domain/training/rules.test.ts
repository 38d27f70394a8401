import { describe, expect, test } from 'vitest';
import { milestones } from '../../../../src/domain/timeline/facts';
import { findCardMistake, getExerciseHref, resolveCard, scheduleCourse } from '../../../../src/domain/training/rules';
import { fillFactPlaceholders } from '../../../../src/domain/glossary/rules';
import type { QuickCardInput } from '../../../../src/domain/training/schema';

const card: QuickCardInput = {
  key: 'sample',
  title: '示例',
  guide: '/registration/rooms/',
  wizard: 'rooms',
  who: '考务工作人员',
  when: '{milestone.registration}之前',
  where: ['rooms'],
  whereNote: '按钮{button.roomAdd}',
  steps: ['一', '二', '每考场 {candidatesPerRoom} 人'],
  mistakes: ['spareRoomSet', 'seatsAsMachines'],
};

describe('fillFactPlaceholders with the training texts’ facts', () => {
  test.each([
    { text: '报名{milestone.registration}', expected: `报名${milestones[0]!.timing}` },
    { text: '在{menu.rooms}设置', expected: '在「考务管理-考场管理」设置' },
    { text: '照片 {photoWidthPx}×{photoHeightPx}', expected: '照片 295×413' },
  ])('returns "$expected" for "$text"', ({ text, expected }) => {
    expect(fillFactPlaceholders(text)).toBe(expected);
  });

  test('throws on a placeholder no topic knows', () => {
    expect(() => fillFactPlaceholders('{noSuchFact}')).toThrow(/noSuchFact/);
  });
});

describe('findCardMistake', () => {
  test('returns a common mistake of 常见问题 with its facts filled', () => {
    expect(findCardMistake('spareRoomSet').mistake).toBe('把备用考场也设置到平台里。');
  });

  test('returns a mistake of a guide’s 常见错误 with its facts filled', () => {
    expect(findCardMistake('seatsAsMachines').avoid).toContain('每考场 40 人');
  });

  test('throws on an unknown key, and on a 常见问题 entry that is a question, not a mistake', () => {
    expect(() => findCardMistake('nothing')).toThrow(/nothing/);
    expect(() => findCardMistake('importOnce')).toThrow(/importOnce/);
  });
});

describe('resolveCard', () => {
  test('returns the card with menus quoted, the note last and every placeholder filled', () => {
    const resolved = resolveCard(card);
    expect(resolved.where).toEqual(['「考务管理-考场管理」', '按钮「设置考场」']);
    expect(resolved.steps[2]).toBe('每考场 40 人');
    expect(resolved.mistakes).toHaveLength(2);
  });

  test('throws on a card without three steps', () => {
    expect(() => resolveCard({ ...card, steps: ['一', '二'] })).toThrow();
  });

  test('throws on a card that says neither a menu nor where else', () => {
    expect(() => resolveCard({ ...card, where: [], whereNote: null })).toThrow(/where note/);
  });
});

describe('getExerciseHref', () => {
  test('returns the wizard’s step with the demo flag', () => {
    expect(getExerciseHref({ wizard: 'candidates', step: 'source' })).toBe('/wizards/candidates/?demo=1#source');
  });
});

describe('scheduleCourse', () => {
  test('returns each module’s start and end, one after the other', () => {
    const module = { key: 'a', title: 'A', minutes: 10, goals: ['x'], guides: [] };
    const scheduled = scheduleCourse([module, { ...module, key: 'b', minutes: 25 }]);
    expect(scheduled.map(({ from, to }) => [from, to])).toEqual([[0, 10], [10, 35]]);
  });
});
