import { planFields } from '../domain/plan/facts';
import type { ExamPlan } from '../domain/plan/facts-schema';

/** A date window as the platform writes it: 2021-04-14 ~ 2021-06-03. */
export function formatDateRange(range: { start: string; end: string }): string {
  return `${range.start} ~ ${range.end}`;
}

/** One line of a plan's header: a field of `planFields` and its value. */
export interface PlanFieldRow {
  field: (typeof planFields)[number];
  value: string;
}

/** One subject sitting of a plan. */
export interface PlanSittingRow {
  level: string;
  code: string;
  name: string;
  mode: string;
  passMark: number;
  time: string;
}

/** Return the plan's header fields in the platform's order (科目考试时间 comes as sittings). */
export function listPlanFieldRows(plan: ExamPlan): PlanFieldRow[] {
  const values: Record<PlanFieldRow['field'], string | undefined> = {
    考核单位: plan.organisation,
    计划名称: plan.name,
    考试所属年度: `${plan.year}年`,
    报考时间: formatDateRange(plan.registration),
    排考时间: formatDateRange(plan.scheduling),
    成绩登记时间: formatDateRange(plan.scoreEntry),
    成绩公示时间: formatDateRange(plan.scorePublication),
    科目考试时间: undefined,
  };
  return planFields.flatMap((field) => (values[field] === undefined ? [] : [{ field, value: values[field]! }]));
}

/** Return every subject sitting of the plan, level by level. */
export function listPlanSittings(plan: ExamPlan): PlanSittingRow[] {
  return plan.levels.flatMap(({ level, subjects }) =>
    subjects.map((subject) => ({
      level,
      code: subject.code,
      name: subject.name,
      mode: subject.mode,
      passMark: subject.passMark,
      time: `${subject.date} ${subject.start}-${subject.end}`,
    })),
  );
}
