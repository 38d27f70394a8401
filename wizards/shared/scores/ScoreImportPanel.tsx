/**
 * Bringing in the platform's score export: paste it, or choose the exported file. Rows
 * that read cleanly join the table; each problem names its row, and a paste with
 * problems stays in the box to be fixed.
 */
import { menus } from '../../../src/domain/platform/facts';
import type { ComponentChildren } from 'preact';
import { errorFor, TextArea } from '../../kit/Fields';
import { FileDrop } from '../../kit/FileDrop';
import { ProgressBar } from '../../kit/ProgressBar';
import type { FieldError } from '../../kit/wizard-machine';
import { scoreSourceFields, type ScoreImportEvent, type ScoreSource } from './score-import';
import type { ImportReport } from './schema';
import './score-table.css';

/** Props: the paste box's text, the last report, the screen's errors (a source that could not be read is its box's), whether reading is under way, and where to send the panel's events. */
export interface ScoreImportPanelProps {
  pasted: string;
  lastImport: ImportReport | null;
  errors: readonly FieldError[];
  isReading: boolean;
  send: (event: ScoreImportEvent) => void;
  /** What stands right above the file box: in demo mode, the sample school's export offered (`DemoFileOffer`). Default: nothing. */
  fileOffer?: ComponentChildren;
}

function Report({ report }: { report: ImportReport }) {
  // Problems of the whole table (row 0, e.g. no header) are listed without being counted as rows.
  const skippedRows = report.problems.filter((problem) => problem.row > 0).length;
  return (
    <div class={`score-import-report${report.problems.length ? ' score-import-report--problems' : ''}`} role="status">
      <p>
        从{report.source}读入 {report.added} 位考生，已加入下面的表格。
        {skippedRows > 0 && `有 ${skippedRows} 行没有读入：`}
      </p>
      {report.problems.length > 0 && (
        <ul>
          {report.problems.map((problem) => (
            <li key={`${problem.row}-${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      )}
      {report.changes.length > 0 && (
        <ul class="wizard-hint">
          {report.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Render the paste box, the file box and what the last import found. */
export function ScoreImportPanel({ pasted, lastImport, errors, isReading, send, fileOffer }: ScoreImportPanelProps) {
  const read = (source: ScoreSource) => send({ type: 'scores.read', source });
  if (isReading) return <ProgressBar label="正在读取成绩…" progress={null} unit="行" onCancel={() => send({ type: 'scores.cancel' })} />;
  return (
    <section class="score-import" aria-labelledby="score-import-title">
      <h3 id="score-import-title" class="score-import-title">
        导入成绩
      </h3>
      <TextArea
        id={scoreSourceFields.paste}
        label="粘贴成绩"
        hint={`在「${menus.scores}」导出成绩，用 Excel 或 WPS 打开，选中表头和考生所在的行，复制后粘贴到这里。需要有姓名、身份证号（或证件号码）和成绩等列。`}
        rows={5}
        value={pasted}
        error={errorFor(errors, scoreSourceFields.paste)}
        onInput={(text) => send({ type: 'paste.set', text })}
      />
      <div class="wizard-actions score-import-read">
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => read({ kind: 'paste', text: pasted })}>
          读取粘贴的内容
        </button>
      </div>
      {fileOffer}
      <FileDrop
        id={scoreSourceFields.file}
        label="或上传导出的成绩文件"
        hint=".xlsx、.xls 或 .csv"
        accept=".xlsx,.xls,.csv"
        error={errorFor(errors, scoreSourceFields.file)}
        onFiles={([file]) => file && read({ kind: 'file', file })}
      />
      {lastImport && <Report report={lastImport} />}
    </section>
  );
}
