/**
 * The start screen's message of a wizard built on exam day (staff, materials)
 * when the workspace lacks what exam day is made from (`checkExamDayInputs`):
 * the plan's subject times come from 为学生报考, the seat plan from 考场设置.
 */
import type { Problem } from '../../src/domain/plan/problem';
import { withBase } from '../../src/paths';
import { MissingPrerequisite } from './MissingPrerequisite';

/** Say what exam day still lacks and link to the wizard that provides it. */
export function MissingExamDayInput({ problem }: { problem: Problem }) {
  return problem.field === 'start-plan' ? (
    <MissingPrerequisite problem={problem} href={withBase('/wizards/registration/')} linkText="打开「为学生报考」向导" />
  ) : (
    <MissingPrerequisite problem={problem} href={withBase('/wizards/rooms/')} linkText="打开「考场设置」向导" />
  );
}
