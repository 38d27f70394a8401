/**
 * The first screen's message when the workspace lacks what this wizard builds
 * on (candidates, the plan, the rooms): what is missing and a link to the wizard
 * that provides it. The link carries the problem's field id, so the error
 * summary 下一步 shows links to it; the fieldset's legend gives it context.
 */
import type { Problem } from '../../src/domain/plan/problem';

/** Props: the first problem of the start screen, and the wizard that solves it. */
export interface MissingPrerequisiteProps {
  problem: Problem;
  href: string;
  linkText: string;
}

/** Say what is missing and link to the wizard that provides it. */
export function MissingPrerequisite({ problem, href, linkText }: MissingPrerequisiteProps) {
  return (
    <fieldset class="wizard-fieldset wizard-field">
      <legend class="wizard-legend">还不能开始</legend>
      <p>{problem.message}</p>
      <p>
        <a id={problem.field} href={href}>
          {linkText}
        </a>
        ；如果同事已经做好，请在本页下方「导入工作文件」。
      </p>
    </fieldset>
  );
}
