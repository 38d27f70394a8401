/**
 * 检查您的答案: every answer of the wizard in a list, each with a 修改 link back
 * to the screen that asked it (GOV.UK's check-answers pattern).
 */
import type { ComponentChildren } from 'preact';

/** One answer: what was asked, what was answered, and the step that asked it. */
export interface AnswerRow {
  key: string;
  value: ComponentChildren;
  /** Step id that 修改 goes to. */
  step: string;
}

/** List answers with 修改 links; `onChange` receives the step id. */
export function CheckAnswers({ rows, onChange }: { rows: readonly AnswerRow[]; onChange: (step: string) => void }) {
  return (
    <dl class="wizard-summary-list">
      {rows.map((row) => (
        <div class="wizard-summary-row" key={row.key}>
          <dt>{row.key}</dt>
          <dd>{row.value}</dd>
          <dd class="wizard-summary-action">
            <a
              href={`#${row.step}`}
              onClick={(event) => {
                event.preventDefault();
                onChange(row.step);
              }}
            >
              修改<span class="sr-only">{row.key}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
