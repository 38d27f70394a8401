/**
 * The result page's two lists: every generated file with a 下载 button, and what
 * to do next on the platform, each step with its menu path.
 */
import type { ComponentChildren } from 'preact';
import type { BuildResultFile, ResultFile } from './result-file';
import { useFileDownload } from './use-file-download';

/** A next step on the platform. */
export interface NextStep {
  /** What to do, e.g. 导入学生信息. */
  title: string;
  /** Menu path and button in the platform's words, e.g. 「考务管理-考生管理」→「批量导入学生信息」. */
  where?: ComponentChildren;
  details?: ComponentChildren;
}

/** List generated files, each with 下载…: `build(id, environment)` makes the file then, and a failure is said beneath the list. */
export function ResultFiles({ files, build }: { files: readonly ResultFile[]; build: BuildResultFile }) {
  const { start, busyFileId, problem } = useFileDownload();
  return (
    <>
      <ul class="wizard-file-list">
        {files.map((file) => (
          <li key={file.id} class="wizard-file">
            <div class="wizard-file-text">
              <p class="wizard-file-name">{file.fileName}</p>
              <p class="wizard-file-description">{file.description}</p>
            </div>
            <button
              type="button"
              class="wizard-button wizard-button--secondary"
              disabled={busyFileId === file.id}
              onClick={() => void start(file.id, file.fileName, () => build(file.id, { now: new Date(), origin: window.location.origin }))}
            >
              {busyFileId === file.id ? '正在生成…' : '下载…'}
              <span class="sr-only">{file.fileName}</span>
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p class="wizard-error-message" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** Numbered next steps on the platform. */
export function NextSteps({ steps }: { steps: readonly NextStep[] }) {
  return (
    <ol class="wizard-next-steps">
      {steps.map((step) => (
        <li key={step.title}>
          <strong>{step.title}</strong>
          {step.where && <span class="wizard-next-where">：{step.where}</span>}
          {step.details && <div class="wizard-next-details">{step.details}</div>}
        </li>
      ))}
    </ol>
  );
}
