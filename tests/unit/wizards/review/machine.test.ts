import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { createStudentForm, reviewSteps, validateReviewStep } from '../../../../wizards/review/form';
import { findCellTextProblem } from '../../../../wizards/review/score-rows';
import { reviewMachine, type ReviewContext, type ReviewEvent } from '../../../../wizards/review/machine';
import { nationalDay2026, twoStudents } from '../../../fixtures/review';
import { getStepId } from '../../../../wizards/kit/wizard-machine';
import { expectEveryStateReached } from '../kit/machine-paths';

const workspace = createEmptyWorkspace();

function startWith(state: Partial<ReviewContext>, value = 'plan') {
  const base = createActor(reviewMachine, { input: { workspace } }).getSnapshot().context;
  const snapshot = reviewMachine.resolveState({ value, context: { ...base, ...state } });
  return createActor(reviewMachine, { input: { workspace }, snapshot }).start();
}

const next = (actor: ReturnType<typeof startWith>, times = 1) => {
  for (let i = 0; i < times; i += 1) actor.send({ type: 'step.next' });
};

describe('reviewMachine', () => {
  test('reaches every screen with representative answers', () => {
    const answers: ReviewEvent[] = [
      ...Object.entries(twoStudents.form).map(([field, value]) => ({ type: 'answer.set', field, value }) as ReviewEvent),
      { type: 'answer.set', field: 'requestDate', value: '2021-07-30' },
    ];
    expectEveryStateReached(reviewMachine, {
      input: { workspace },
      events: (snapshot): ReviewEvent[] => [
        { type: 'step.next' },
        { type: 'step.back' },
        ...answers,
        ...(snapshot.context.students.length < 2 ? [{ type: 'student.add', student: twoStudents.students[snapshot.context.students.length] } as const] : []),
        { type: 'request.markSent' },
        { type: 'scores.read', source: { kind: 'paste', text: '姓名\t身份证号\t报考级别\t理论成绩\t实操成绩' } },
        { type: 'scores.cancel' },
      ],
      serializeContext: (context) => [reviewSteps.map((step) => validateReviewStep(step, context).length), context.students.length, Object.keys(context.filed).length],
    });
  });

  test('takes the plan name and 成绩公示时间 from the workspace, keeping what was typed', () => {
    const period = { start: '2021-07-12', end: '2021-07-18' };
    const planned = { ...workspace, examPlan: { ...workspace.examPlan, name: '2021年第二次统考', scorePublication: period } };
    const actor = createActor(reviewMachine, { input: { workspace: planned } }).start();
    expect(actor.getSnapshot().context.form).toMatchObject({ planName: '2021年第二次统考', publicationStart: period.start, publicationEnd: period.end });
    actor.send({ type: 'answer.set', field: 'publicationEnd', value: '2021-07-19' });
    actor.send({ type: 'workspace.loaded', workspace: planned });
    expect(actor.getSnapshot().context.form).toMatchObject({ publicationStart: period.start, publicationEnd: '2021-07-19' });
  });

  test('walks two students to the result', () => {
    const actor = startWith(twoStudents);
    next(actor, 6);
    expect(getStepId(actor.getSnapshot().value)).toBe('result');
  });

  test('stops at the deadline when the request would be late, keeping the date typed', () => {
    const actor = startWith({ ...twoStudents, form: { ...twoStudents.form, requestDate: '2021-07-19' } });
    next(actor, 2);
    expect(getStepId(actor.getSnapshot().value)).toBe('deadline');
    expect(actor.getSnapshot().context.errors[0]!.message).toContain('超过期限不予复查成绩');
    expect(actor.getSnapshot().context.form.requestDate).toBe('2021-07-19');
  });

  test('refuses a score of 105 and keeps it to fix', () => {
    const students = [createStudentForm({ ...twoStudents.students[0], theory: '105' })];
    const actor = startWith({ ...twoStudents, students }, 'students');
    next(actor);
    expect(getStepId(actor.getSnapshot().value)).toBe('students');
    expect(actor.getSnapshot().context.errors).toEqual([
      { field: 'student-0-theory', message: '第 1 位考生的理论成绩：105 分超出范围：成绩在 0 到 100 分之间，请核对后重新填写' },
    ]);
    expect(actor.getSnapshot().context.students[0]!.theory).toBe('105');
  });

  test('lets a theory review above zero go ahead while nobody has said which subject is computer-marked', () => {
    const students = [createStudentForm({ ...twoStudents.students[0], reasons: { 理论: 'wrongTotal', 实操: '' } })];
    const actor = startWith({ ...twoStudents, students }, 'reasons');
    next(actor);
    expect(getStepId(actor.getSnapshot().value)).toBe('contact');
  });

  test('remembers the students sent, so a second request in the same publication is refused', () => {
    const actor = startWith(twoStudents, 'result');
    actor.send({ type: 'request.markSent' });
    expect(actor.getSnapshot().context.filed).toEqual({ [twoStudents.form.planName]: ['11010519491231002X', '130503196704010016'] });
    actor.send({ type: 'step.goto', step: 'students' });
    next(actor);
    expect(getStepId(actor.getSnapshot().value)).toBe('students');
    expect(actor.getSnapshot().context.errors[0]!.message).toContain('成绩公示期内复查仅此一次');
  });

  test('lets a request before the National Day holiday through', () => {
    const actor = startWith(nationalDay2026);
    next(actor, 2);
    expect(getStepId(actor.getSnapshot().value)).toBe('students');
  });

  test('edits, adds and removes students', () => {
    const actor = startWith(twoStudents, 'students');
    actor.send({ type: 'student.add', student: { name: '王五' } });
    actor.send({ type: 'student.set', index: 2, column: 'level', value: '高级' });
    actor.send({ type: 'student.remove', index: 0 });
    expect(actor.getSnapshot().context.students.map((student) => [student.name, student.level])).toEqual([
      ['李四', '中级'],
      ['王五', '高级'],
    ]);
  });
});

describe('findCellTextProblem', () => {
  test.each([
    { value: '张三', expected: null },
    { value: '张\u200b三', expected: '姓名里有看不见的特殊字符（多半是从别处复制带来的），请删掉后重新输入' },
    { value: '=HYPERLINK("x")', expected: '姓名不能以 = + - @ 开头，请检查是否复制错了' },
    { value: ' 张三 ', expected: null },
  ])('returns $expected for "$value"', ({ value, expected }) => {
    expect(findCellTextProblem(value, '姓名')).toBe(expected);
  });
});
