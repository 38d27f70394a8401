/**
 * 「请留意」: what a screen's check found worth a second look but that does not
 * stop 下一步 (a room over 40, a proctor of the candidates' own major), announced
 * politely when it changes. Nothing when there is nothing to say.
 */
import type { Problem } from '../../src/domain/plan/problem';

/** Props: the warnings of the screen's check. */
export interface WarningListProps {
  warnings: readonly Problem[];
}

/** List the warnings under 「请留意」. */
export function WarningList({ warnings }: WarningListProps) {
  if (warnings.length === 0) return null;
  return (
    <div class="wizard-field" role="status">
      <p class="wizard-label">请留意</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.message}>{warning.message}</li>
        ))}
      </ul>
    </div>
  );
}
