import { describe, expect, test } from 'vitest';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { wizardSlugs, type WizardSlug } from '../../../../wizards/catalog';
import { summarizeTask } from '../../../../wizards/workbench/task-summary';
import { registered, staffed, withCandidates } from '../../../fixtures/workspace';

describe('summarizeTask', () => {
  test.each(wizardSlugs)('says nothing of %s for an empty workspace', (slug) => {
    expect(summarizeTask(slug, createEmptyWorkspace())).toBe('');
  });

  test('counts the candidates of each list', () => {
    const social = withCandidates.candidates.filter((candidate) => candidate.candidateType === '社会考生').length;
    expect(summarizeTask('candidates', withCandidates)).toBe(
      `${withCandidates.candidates.length} 名考生（院校考生 ${withCandidates.candidates.length - social} 名，社会考生 ${social} 名）`,
    );
    expect(summarizeTask('photos', withCandidates)).toBe(`${withCandidates.candidates.length} 名考生需要照片`);
  });

  test('says how many students the photo wizard last found without a photo, and when the list has changed since', () => {
    const numbers = withCandidates.candidates.map((candidate) => candidate.documentNumber);
    const count = numbers.length;
    expect(summarizeTask('photos', withCandidates, { checked: numbers, withoutPhoto: numbers.slice(0, 3) })).toBe(`上次核对：${count} 名考生，3 名缺照片`);
    expect(summarizeTask('photos', withCandidates, { checked: numbers, withoutPhoto: [] })).toBe(`上次核对：${count} 名考生，都有照片`);
    expect(summarizeTask('photos', withCandidates, { checked: numbers.slice(1), withoutPhoto: [] })).toBe(
      `上次核对：${count - 1} 名考生，都有照片（考生名单现有 ${count} 名，请重新核对）`,
    );
  });

  test.each<{ slug: WizardSlug; pattern: RegExp }>([
    { slug: 'registration', pattern: /^\d+ 名考生已报考（(初级|中级|高级) \d+ 人(，(中级|高级) \d+ 人)*）(，\d+ 名未报考)?$/ },
    { slug: 'rooms', pattern: /^\d+ 个考场，\d+ 台考生机，已安排 \d+ 个考位$/ },
    { slug: 'staff', pattern: /^\d+ 名考务人员，\d+ \/ \d+ 个考场已安排监考员$/ },
    { slug: 'materials', pattern: /^按 \d+ 个考场的安排准备物料$/ },
    { slug: 'timeline', pattern: /^考试日期 \d{4}年\d+月\d+日（周.）$/ },
  ])('sums up $slug for a staffed workspace', ({ slug, pattern }) => {
    expect(summarizeTask(slug, staffed)).toMatch(pattern);
  });

  test('counts registrations, seats and rooms from the workspace', () => {
    const machines = staffed.rooms.reduce((sum, room) => sum + (room.machines ?? 0), 0);
    const seated = staffed.roomPlan.reduce((sum, entry) => sum + entry.documentNumbers.length, 0);
    expect(summarizeTask('rooms', staffed)).toBe(`${staffed.rooms.length} 个考场，${machines} 台考生机，已安排 ${seated} 个考位`);
    expect(summarizeTask('rooms', { ...registered, rooms: staffed.rooms, roomPlan: [] })).toBe(`${staffed.rooms.length} 个考场，${machines} 台考生机`);
  });

  test('names the unregistered candidates', () => {
    const [first, ...rest] = registered.enrolments;
    const workspace = { ...registered, enrolments: [{ ...first!, level: null }, ...rest] };
    expect(summarizeTask('registration', workspace)).toMatch(/，1 名未报考$/);
  });
});
