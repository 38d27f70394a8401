/**
 * The table of candidates and scores both the review and the certificate wizards edit:
 * every box labelled by its row and column, errors shown in the cell and linked from
 * the error summary by the box's id.
 */
import { levels } from '../../../src/domain/certificate/facts';
import { errorFor } from '../../kit/Fields';
import type { FieldError } from '../../kit/wizard-machine';
import { rowFieldId, scoreColumnLabels, scoreColumns, type ScoreColumn, type ScoreRowForm } from './score-rows';
import './score-table.css';

/** Props of the score table. */
export interface ScoreTableProps {
  rows: readonly ScoreRowForm[];
  errors: readonly FieldError[];
  onSet: (index: number, column: ScoreColumn, value: string) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}

function Box({ row, index, column, error, onSet }: { row: ScoreRowForm; index: number; column: ScoreColumn; error?: string; onSet: ScoreTableProps['onSet'] }) {
  const id = rowFieldId(index, column);
  const label = `第 ${index + 1} 位考生 ${scoreColumnLabels[column]}`;
  const common = { id, 'aria-label': label, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined };
  return (
    <td class={[error && 'wizard-cell--error', (column === 'idNumber' || column === 'ticketNumber') && 'score-cell--wide'].filter(Boolean).join(' ') || undefined}>
      {column === 'level' ? (
        <select {...common} value={row.level} onChange={(event) => onSet(index, column, event.currentTarget.value)}>
          <option value="">请选择</option>
          {levels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} value={row[column]} inputMode={column === 'name' ? undefined : 'numeric'} onInput={(event) => onSet(index, column, event.currentTarget.value)} />
      )}
      {error && (
        <span class="wizard-error-message score-cell-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </td>
  );
}

/** Render the rows with 删除 buttons and an 添加考生 button. */
export function ScoreTable({ rows, errors, onSet, onRemove, onAdd }: ScoreTableProps) {
  const addError = errorFor(errors, 'student-add');
  return (
    <>
      {rows.length > 0 && (
        <div class="wizard-table-wrap">
          <table class="wizard-table score-table">
            <caption class="sr-only">考生和成绩</caption>
            <thead>
              <tr>
                <th scope="col">序号</th>
                {scoreColumns.map((column) => (
                  <th scope="col" key={column}>
                    {scoreColumnLabels[column]}
                  </th>
                ))}
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{index + 1}</th>
                  {scoreColumns.map((column) => (
                    <Box key={column} row={row} index={index} column={column} error={errorFor(errors, rowFieldId(index, column))} onSet={onSet} />
                  ))}
                  <td>
                    <button type="button" class="wizard-back-link score-remove" onClick={() => onRemove(index)}>
                      删除<span class="sr-only">第 {index + 1} 位考生{row.name && `（${row.name}）`}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {addError && (
        <p class="wizard-error-message" id="student-add-error">
          {addError}
        </p>
      )}
      <button type="button" id="student-add" class="wizard-button wizard-button--secondary" aria-describedby={addError ? 'student-add-error' : undefined} onClick={onAdd}>
        添加考生
      </button>
    </>
  );
}
