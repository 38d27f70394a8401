// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { CandidateRecord } from '../../../../../src/domain/candidates/schema';
import { AddPlanStudents } from '../../../../../wizards/shared/scores/AddPlanStudents';
import type { KnownStudent } from '../../../../../wizards/shared/scores/known-students';

const candidates = [
  { name: '张三', documentNumber: '440106200001011234' },
  { name: '李四', documentNumber: '11010519491231002X' },
] as CandidateRecord[];

function mount(props: Parameters<typeof AddPlanStudents>[0]) {
  const root = document.body.appendChild(document.createElement('div'));
  act(() => render(<AddPlanStudents {...props} />, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AddPlanStudents', () => {
  test('adds the registered students not yet in the table, with their level', () => {
    let added: KnownStudent[] = [];
    const enrolments = [
      { documentNumber: '440106200001011234', level: '初级' as const, isInfoAccurate: true },
      { documentNumber: '11010519491231002X', level: '中级' as const, isInfoAccurate: true },
    ];
    const root = mount({ workspace: { candidates, enrolments }, rows: [{ idNumber: '440106200001011234' }], onAdd: (students) => (added = students) });
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('添加全部 1 位已报考的考生');
    act(() => button.click());
    expect(added).toEqual([{ name: '李四', idNumber: '11010519491231002X', level: '中级' }]);
  });

  test('offers every workspace student, saying none is registered, before the registration wizard ran', () => {
    const root = mount({ workspace: { candidates, enrolments: [] }, rows: [], onAdd: () => undefined });
    expect(root.querySelector('button')!.textContent).toBe('添加工作区全部 2 位考生');
    expect(root.textContent).toContain('还没有报考记录');
  });

  test('offers nothing once every student is in the table', () => {
    const root = mount({ workspace: { candidates, enrolments: [] }, rows: [{ idNumber: '440106200001011234' }, { idNumber: '11010519491231002x' }], onAdd: () => undefined });
    expect(root.innerHTML).toBe('');
  });
});
