/**
 * The review wizard's screens in order (name, fields, what each checks on 下一步) and the
 * answers they check: the plan and its publication period, the deadline, the students
 * with their scores, what to review and why, and the school's contact. Scores stay text
 * until read, so a typo such as 105 stays visible. Pure functions of the context.
 */
import { subjectKinds } from '../../src/domain/certificate/facts';
import { parseDateInput } from '../../src/domain/calendar/dates';
import { findRepeatedRequests, judgeSubjectReview } from '../../src/domain/scores/review-scope';
import { computeReviewDeadline, judgeRequestDate } from '../../src/domain/scores/rules';
import { objectiveSubjectQuestion } from '../../src/domain/scores/facts';
import type { ObjectiveSubjectAnswer, ReviewReasonKey } from '../../src/domain/scores/schema';
import { defineSteps } from '../kit/step-list';
import type { FieldError } from '../kit/wizard-machine';
import { scoreSourceFields } from '../shared/scores/score-import';
import { checkScoreRow, createScoreRow, findCellTextProblem, readScoreText, rowFieldId, rowFieldPattern, scoreColumns } from '../shared/scores/score-rows';
import type { ReviewContext } from './context-schema';

/** One student as typed; `reasons` holds the reason per subject to review ('' = not reviewed). */
export type StudentForm = ReviewContext['students'][number];

/** The one-value answers of the wizard. */
export type ReviewForm = ReviewContext['form'];

/** Text boxes of `ReviewForm`, by id. */
export type ReviewField = keyof ReviewForm;

/** What the screens check. */
export interface ReviewFormState {
  form: ReviewForm;
  students: StudentForm[];
  /** 证件号码 already sent for review, per exam plan name (one review per publication). */
  filed: Record<string, string[]>;
  /** Which subject the user says is computer-marked (`objectiveSubjectQuestion`); absent or null means 不知道: nothing is refused on a guess. */
  objectiveSubject?: ObjectiveSubjectAnswer | null;
}

/** Return a student row with nothing typed, or with the given values. */
export function createStudentForm(filled: Partial<StudentForm> = {}): StudentForm {
  return { ...createScoreRow(filled), reasons: { 理论: '', 实操: '' }, ...(filled.reasons && { reasons: filled.reasons }) };
}

/** Id of a student's box: `student-0-theory`, `student-0-reason-实操`. */
export const studentFieldId = rowFieldId;

/** The ISO dates of the plan screen, when all three are valid and in order. */
export function readPlanDates(form: ReviewForm): { start: string; end: string; request: string } | null {
  const start = parseDateInput(form.publicationStart);
  const end = parseDateInput(form.publicationEnd);
  const request = parseDateInput(form.requestDate);
  return start && end && request && start <= end ? { start, end, request } : null;
}

/** A required box: filled, and fit for a spreadsheet cell. */
function required(form: ReviewForm, field: ReviewField, message: string, label = ''): FieldError[] {
  if (!form[field].trim()) return [{ field, message }];
  const problem = label ? findCellTextProblem(form[field], label) : null;
  return problem ? [{ field, message: problem }] : [];
}

function date(form: ReviewForm, field: ReviewField, label: string): FieldError[] {
  if (!form[field].trim()) return [{ field, message: `请填写${label}，例如 2026-10-12` }];
  return parseDateInput(form[field]) ? [] : [{ field, message: `${label}“${form[field].trim()}”不是有效日期，请按 2026-10-12 的格式填写` }];
}

function checkStudent(student: StudentForm, index: number, repeat: string | null): FieldError[] {
  const errors = checkScoreRow(student, index, true);
  if (repeat) errors.push({ field: studentFieldId(index, 'idNumber'), message: `第 ${index + 1} 位考生（${student.name.trim()}）：${repeat}` });
  return errors;
}

/** Return the problems with each subject a student asks to review, and a student asking for none; `objective` is the user's answer on which subject is computer-marked. */
export function checkReasons(students: readonly StudentForm[], objective: ObjectiveSubjectAnswer = objectiveSubjectQuestion.defaultAnswer): FieldError[] {
  return students.flatMap((student, index) => {
    const chosen = subjectKinds.filter((kind) => student.reasons[kind]);
    if (chosen.length === 0) return [{ field: studentFieldId(index, 'reason-理论'), message: `${student.name.trim() || `第 ${index + 1} 位考生`}：请至少为一个科目选择复查理由，不复查的考生请在上一步删除` }];
    return chosen.flatMap((kind) => {
      const score = readScoreText(kind === '理论' ? student.theory : student.practical);
      const verdict = judgeSubjectReview(kind, score, student.reasons[kind] as ReviewReasonKey, objective);
      return verdict.isAccepted ? [] : [{ field: studentFieldId(index, `reason-${kind}`), message: `${student.name.trim()}：${verdict.explanation}` }];
    });
  });
}

const checks = {
  plan: ({ form }) => {
    const errors = [
      ...required(form, 'planName', '请填写考试计划名称，例如“2026年第三次网店运营推广全国统考”', '考试计划'),
      ...date(form, 'publicationStart', '成绩公示开始日期'),
      ...date(form, 'publicationEnd', '成绩公示结束日期'),
      ...date(form, 'requestDate', '发送复查申请的日期'),
    ];
    const start = parseDateInput(form.publicationStart);
    const end = parseDateInput(form.publicationEnd);
    if (start && end && end < start) errors.push({ field: 'publicationEnd', message: '成绩公示结束日期不能早于开始日期' });
    return errors;
  },
  deadline: ({ form }) => {
    const dates = readPlanDates(form);
    if (!dates) return [];
    const deadline = computeReviewDeadline({ start: dates.start, end: dates.end });
    const timing = judgeRequestDate(deadline, dates.request);
    if (timing === 'late') return [{ field: 'requestDate', message: `发送日期已晚于复查截止日 ${deadline.date}：超过期限不予复查成绩，平台成绩已锁定。` }];
    if (timing === 'beforePublication') return [{ field: 'requestDate', message: `成绩公示从 ${dates.start} 开始，公示开始后才能申请复查。` }];
    return [];
  },
  students: ({ form, students, filed }) => {
    if (students.length === 0) return [{ field: 'student-add', message: '请至少添加一位申请复查的考生' }];
    const repeats = findRepeatedRequests(students.map((student) => student.idNumber), filed[form.planName.trim()] ?? []);
    return students.flatMap((student, index) => checkStudent(student, index, repeats[index]!));
  },
  reasons: ({ students, objectiveSubject }) => checkReasons(students, objectiveSubject ?? undefined),
  contact: ({ form }) => [
    ...required(form, 'schoolName', '请填写试点院校名称', '试点院校'),
    ...required(form, 'officer', '请填写考务负责人姓名', '考务负责人'),
    ...required(form, 'contact', '请填写联系方式（手机号码）', '联系方式'),
    ...required(form, 'opinion', '请填写试点院校意见', '试点院校意见'),
  ],
} satisfies Record<string, (state: ReviewFormState) => FieldError[]>;

/** The screens, in order. */
export const reviewSteps = defineSteps<ReviewContext>()({
  plan: { title: '考试计划', fields: ['planName', 'publicationStart', 'publicationEnd', 'requestDate'], check: checks.plan },
  deadline: {
    title: '复查截止日期',
    fields: ['requestDate'],
    // The request date is asked again here, beside the deadline it is judged against, so every error links to a box on this screen.
    check: (context) => [...checks.plan(context).filter((error) => error.field === 'requestDate'), ...checks.deadline(context)],
  },
  students: { title: '复查考生', fields: ['student-add', scoreSourceFields.paste, scoreSourceFields.file, rowFieldPattern(scoreColumns)], check: checks.students },
  reasons: { title: '复查科目和理由', fields: [rowFieldPattern(subjectKinds.map((kind) => `reason-${kind}`))], check: checks.reasons },
  contact: { title: '学校和联系人', fields: ['schoolName', 'officer', 'contact', 'opinion'], check: checks.contact },
  check: { title: '检查您的回答' },
  result: { title: '成绩复查表' },
});
export type ReviewStep = (typeof reviewSteps.ids)[number];
