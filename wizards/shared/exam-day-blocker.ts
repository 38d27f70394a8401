/**
 * Which wizard provides what exam day still lacks (`checkExamDayInputs`): the
 * plan's subject times come from 为学生报考, the seat plan from 考场设置.
 */
import type { Problem } from '../../src/domain/plan/problem';
import type { WizardSlug } from '../catalog';

/** The wizard that fixes an exam-day start problem. */
export function examDayProvider(problem: Problem): WizardSlug {
  return problem.field === 'start-plan' ? 'registration' : 'rooms';
}
