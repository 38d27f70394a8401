/** 列对应: which column of the user's list is which template column; values for missing columns. */
import { candidateImportTemplate, derivableColumns } from '../../src/domain/candidates/facts';
import { columnHeader } from '../../src/domain/candidates/format';
import type { CandidateColumnKey } from '../../src/domain/candidates/schema';
import { errorFor, TextField } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import type { CandidatesScreenProps } from './screen-props';
import { listMissingColumns } from './working-table';

const options: Array<{ value: CandidateColumnKey | ''; label: string }> = [
  { value: '', label: '（不导入）' },
  ...candidateImportTemplate.columns.map((column) => ({ value: column.key as CandidateColumnKey, label: column.header })),
];

/** The mapping screen. */
export function MappingScreen({ context, send }: CandidatesScreenProps) {
  const source = context.source!;
  const missing = listMissingColumns(context);
  const derivedMissing = derivableColumns.filter((key) => !context.mapping.includes(key));
  return (
    <StepPage title="核对每一列的含义" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p>
        {source.origin.fileName ? `已读取「${source.origin.fileName}」` : '已读取粘贴的名单'}
        {source.sheetName ? `的工作表「${source.sheetName}」` : ''}：{source.rows.length} 名学生
        {source.skippedBlankRows > 0 ? `，跳过了 ${source.skippedBlankRows} 个空行` : ''}。
        {source.hasHeaderRow ? '已按表头识别出下面的列，请核对；认不出的列请选择它对应的模板列。' : '没有找到表头，已按模板的列顺序对应，请逐列核对。'}
      </p>
      <div class="wizard-table-wrap">
        <table class="wizard-table">
          <caption class="sr-only">名单的列与模板列的对应</caption>
          <thead>
            <tr>
              <th scope="col">名单中的列</th>
              <th scope="col">前几行的内容</th>
              <th scope="col">对应模板中的</th>
            </tr>
          </thead>
          <tbody>
            {source.headers.map((header, index) => {
              const id = `mapping-${index}`;
              const error = errorFor(context.errors, id);
              return (
                <tr key={id} class={error ? 'wizard-cell--error' : undefined}>
                  <th scope="row">
                    <label for={id}>{header || `第 ${index + 1} 列（无表头）`}</label>
                  </th>
                  <td>{source.rows.slice(0, 3).map((row) => row[index]).filter(Boolean).join('、')}</td>
                  <td>
                    <select
                      id={id}
                      class="wizard-select"
                      value={context.mapping[index] ?? ''}
                      aria-invalid={error ? true : undefined}
                      onChange={(event) => send({ type: 'mapping.set', index, key: (event.currentTarget.value || null) as CandidateColumnKey | null })}
                    >
                      {options.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {derivedMissing.length > 0 && (
        <p class="wizard-hint">名单中没有{derivedMissing.map((key) => `「${columnHeader(key)}」`).join('')}：检查时会按姓名和证件号码填写，并列出每一处。</p>
      )}
      {missing.length > 0 && (
        <fieldset class="wizard-fieldset">
          <legend class="wizard-legend">名单中缺少以下必填列</legend>
          <p class="wizard-hint">如果全体学生相同（例如同一个专业），可以在这里统一填写；留空的话，每名学生都会报「必填项为空」，可以稍后在表格中逐个填写。</p>
          {missing.map((key) => (
            <TextField key={key} id={`fill-${key}`} label={`统一填写「${columnHeader(key)}」`} value={context.fillValues[key] ?? ''} onInput={(value) => send({ type: 'fill.set', column: key, value })} />
          ))}
        </fieldset>
      )}
    </StepPage>
  );
}
