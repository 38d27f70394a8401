import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { reviewMachine } from '../../../../wizards/review/machine';
import { createStudentForm, reviewSteps, type ReviewFormState } from '../../../../wizards/review/steps';
import { twoStudents } from '../../../fixtures/review';

const initial = createActor(reviewMachine, { input: { workspace: createEmptyWorkspace() } }).getSnapshot().context;
/** Return the errors of the reasons screen for these answers. */
const validateReasons = (state: Partial<ReviewFormState>) => reviewSteps.errorsOf('reasons', { ...initial, ...state } as typeof initial);

/** 张三 (理论 72) asks for a 理论 review for a wrong total. */
const theoryReview = { ...twoStudents, students: [createStudentForm({ ...twoStudents.students[0], reasons: { 理论: 'wrongTotal', 实操: '' } })] };

describe('the reasons screen', () => {
  test.each([
    { objectiveSubject: undefined, answer: 'no answer', errors: 0 },
    { objectiveSubject: '不知道', answer: '不知道', errors: 0 },
    { objectiveSubject: '实操', answer: '实操', errors: 0 },
    { objectiveSubject: '理论', answer: '理论', errors: 1 },
  ] as const)('blocks a 理论 review of a scored paper only when the user says 理论 is computer-marked ($answer)', ({ objectiveSubject, errors }) => {
    expect(validateReasons({ ...theoryReview, ...(objectiveSubject && { objectiveSubject }) })).toHaveLength(errors);
  });

  test('names the user’s answer in the refusal', () => {
    const [error] = validateReasons({ ...theoryReview, objectiveSubject: '理论' });
    expect(error).toMatchObject({ field: 'student-0-reason-理论' });
    expect(error!.message).toContain('您选择了理论是采用计算机阅卷的客观题科目');
  });
});
