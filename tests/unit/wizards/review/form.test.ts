import { describe, expect, test } from 'vitest';
import { createStudentForm, validateReviewStep } from '../../../../wizards/review/form';
import { twoStudents } from '../../../fixtures/review';

/** 张三 (理论 72) asks for a 理论 review for a wrong total. */
const theoryReview = { ...twoStudents, students: [createStudentForm({ ...twoStudents.students[0], reasons: { 理论: 'wrongTotal', 实操: '' } })] };

describe('validateReviewStep reasons', () => {
  test.each([
    { objectiveSubject: undefined, answer: 'no answer', errors: 0 },
    { objectiveSubject: '不知道', answer: '不知道', errors: 0 },
    { objectiveSubject: '实操', answer: '实操', errors: 0 },
    { objectiveSubject: '理论', answer: '理论', errors: 1 },
  ] as const)('blocks a 理论 review of a scored paper only when the user says 理论 is computer-marked ($answer)', ({ objectiveSubject, errors }) => {
    expect(validateReviewStep('reasons', { ...theoryReview, ...(objectiveSubject && { objectiveSubject }) })).toHaveLength(errors);
  });

  test('names the user’s answer in the refusal', () => {
    const [error] = validateReviewStep('reasons', { ...theoryReview, objectiveSubject: '理论' });
    expect(error).toMatchObject({ field: 'student-0-reason-理论' });
    expect(error!.message).toContain('您选择了理论是采用计算机阅卷的客观题科目');
  });
});
