import { describe, expect, test } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { readDraft } from '../../../../wizards/kit/saved-work';
import { busyTag, getStepId } from '../../../../wizards/kit/wizard-machine';
import { reviewDraftSpec, type ReviewContext } from '../../../../wizards/review/context-schema';
import { reviewMachine, type ReviewEvent } from '../../../../wizards/review/machine';
import { createStudentForm, reviewSteps } from '../../../../wizards/review/steps';
import { nationalDay2026, twoStudents } from '../../../fixtures/review';
import { expectEveryStateReached } from '../kit/machine-paths';

const workspace = createEmptyWorkspace();

function startWith(state: Partial<ReviewContext>, value: string | Record<string, string> = 'plan') {
  const base = createActor(reviewMachine, { input: { workspace } }).getSnapshot().context;
  const snapshot = reviewMachine.resolveState({ value, context: { ...base, ...state } });
  return createActor(reviewMachine, { input: { workspace }, snapshot }).start();
}

const next = (actor: ReturnType<typeof startWith>, times = 1) => {
  for (let i = 0; i < times; i += 1) actor.send({ type: 'step.next' });
};

/** True when `field` is one of the fields `step` lists (an id, or a pattern for a table's boxes). */
const listsField = (step: (typeof reviewSteps.ids)[number], field: string) => reviewSteps.hasField(step, createActor(reviewMachine, { input: { workspace } }).getSnapshot().context, field);

describe('reviewMachine', () => {
  // Walks every order of the answers: seconds of work on a busy machine.
  test('reaches every screen with representative answers', { timeout: 30_000 }, () => {
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
      serializeContext: (context) => [reviewSteps.ids.map((step) => reviewSteps.errorsOf(step, context).length), context.students.length, Object.keys(context.filed).length],
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

  test('takes the site\'s 主考 from the staff wizard as 考务负责人, with their phone, keeping what was typed', () => {
    const staffed = {
      ...workspace,
      staff: [
        { name: '王监考', role: '监考员', phone: '13800000001', subject: '' },
        { name: '郑国华', role: '主考', phone: '13800000002', subject: '' },
      ],
    };
    const actor = createActor(reviewMachine, { input: { workspace: staffed } }).start();
    expect(actor.getSnapshot().context.form).toMatchObject({ officer: '郑国华', contact: '13800000002' });
    actor.send({ type: 'answer.set', field: 'officer', value: '李主任' });
    actor.send({ type: 'answer.set', field: 'contact', value: '' });
    actor.send({ type: 'workspace.loaded', workspace: staffed });
    // Another 负责人 typed: the 主考's phone is not theirs, so the box stays empty for their own.
    expect(actor.getSnapshot().context.form).toMatchObject({ officer: '李主任', contact: '' });
  });

  test('leaves 考务负责人 empty when the workspace has no 主考', () => {
    const proctorsOnly = { ...workspace, staff: [{ name: '王监考', role: '监考员', phone: '13800000001', subject: '' }] };
    expect(createActor(reviewMachine, { input: { workspace: proctorsOnly } }).start().getSnapshot().context.form).toMatchObject({ officer: '', contact: '' });
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

  test('lets the request date be corrected on the deadline screen, where its errors link', () => {
    const actor = startWith({ ...twoStudents, form: { ...twoStudents.form, requestDate: '2021-07-19' } }, 'deadline');
    next(actor);
    expect(actor.getSnapshot().context.errors.map((error) => error.field)).toEqual(['requestDate']);
    expect(listsField('deadline', 'requestDate')).toBe(true);
    actor.send({ type: 'answer.set', field: 'requestDate', value: '7月19' });
    next(actor);
    expect(getStepId(actor.getSnapshot().value)).toBe('deadline');
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'requestDate', message: '发送复查申请的日期“7月19”不是有效日期，请按 2026-10-12 的格式填写' }]);
    actor.send({ type: 'answer.set', field: 'requestDate', value: '2021-07-15' });
    next(actor);
    expect(getStepId(actor.getSnapshot().value)).toBe('students');
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

  test('adds the students of a pasted export, and shows a paste it cannot read as the paste box’s error', async () => {
    const actor = startWith({ ...twoStudents, students: [] }, 'students');
    actor.send({ type: 'scores.read', source: { kind: 'paste', text: ' ' } });
    await waitFor(actor, (snapshot) => !snapshot.hasTag(busyTag));
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'score-paste', message: expect.stringContaining('粘贴框是空的') }]);
    const text = ['姓名\t身份证号\t准考证号\t报考级别\t理论成绩\t实操成绩', '张三\t11010519491231002X\t2021091600241100\t初级\t72\t58'].join('\n');
    actor.send({ type: 'paste.set', text });
    actor.send({ type: 'scores.read', source: { kind: 'paste', text } });
    await waitFor(actor, (snapshot) => !snapshot.hasTag(busyTag));
    expect(actor.getSnapshot().context).toMatchObject({ errors: [], pasted: '', lastImport: { source: '粘贴的内容', added: 1 } });
    expect(actor.getSnapshot().context.students).toEqual([createStudentForm({ name: '张三', idNumber: '11010519491231002X', ticketNumber: '2021091600241100', level: '初级', theory: '72', practical: '58' })]);
  });
});

describe('reviewSteps', () => {
  test('names in each step every field its errors link to, rows and reasons included', () => {
    const students = [createStudentForm({ name: '=张三', level: '初级', theory: '105', reasons: { 理论: 'zeroScore', 实操: '' } }), createStudentForm()];
    const context = { ...startWith(twoStudents).getSnapshot().context, students, form: { ...twoStudents.form, planName: '', requestDate: '2021-07-30' } };
    for (const step of reviewSteps.ids) {
      for (const error of reviewSteps.errorsOf(step, context)) expect(listsField(step, error.field), `${step}: ${error.field}`).toBe(true);
    }
    expect(reviewSteps.errorsOf('students', context).length).toBeGreaterThan(3);
    expect(reviewSteps.errorsOf('reasons', context).map((error) => error.field)).toEqual(['student-0-reason-理论', 'student-1-reason-理论']);
  });
});

describe('reviewDraftSpec', () => {
  test('resumes a draft saved before the workspace left it, with a failed import and the workspace’s students, and no answer yet on the computer-marked subject', () => {
    const owned = twoStudents;
    const stored = {
      format: 'kaowu-xiangdao.draft',
      slug: 'review',
      version: 1,
      savedAt: '2026-05-01T08:30:00.000Z',
      value: { students: 'editing' },
      context: { ...owned, workspace, errors: [], known: [{ name: '张三', idNumber: '11010519491231002X' }], pasted: ' ', lastImport: { ok: false, message: '粘贴框是空的' } },
    };
    const read = readDraft(reviewDraftSpec, stored);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.value.context).toEqual({ ...owned, errors: [], pasted: ' ', lastImport: null, progress: null, objectiveSubject: null });
    const snapshot = reviewMachine.resolveState({ value: read.value.value, context: { ...(read.value.context as object), workspace } as ReviewContext });
    expect(getStepId(createActor(reviewMachine, { input: { workspace }, snapshot }).start().getSnapshot().value)).toBe('students');
  });
});
