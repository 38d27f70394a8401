/**
 * The editable list of students: one input per cell, 50 rows a page, cells with
 * problems marked and their problem written beneath. The row number and the name
 * stay in view when the table scrolls sideways, each column's boxes are as wide as
 * its longest value on the page, and the table scrolls inside its own box so its
 * sideways scroll bar is always on screen. Every edit is sent to the machine (and
 * so autosaved).
 */
import { Pager } from '../kit/Pager';
import { useEffect, useRef, useState } from 'preact/hooks';
import { candidateImportTemplate } from '../../src/domain/candidates/facts';
import type { CandidateColumnKey, CandidateIssue, CandidateRow } from '../../src/domain/candidates/schema';
import { fitColumnUnderHeader } from '../kit/cell-size';
import { useFieldReveal } from '../kit/reveal-field';
import { padScrollingPastStickyColumns } from '../kit/scroll-cell';
import { addRowFieldId, cellId, readCellRowId } from './working-table';

const pageSize = 50;
const columns = candidateImportTemplate.columns.map((column) => ({ key: column.key as CandidateColumnKey, header: column.header }));

/** Props of the table editor. */
export interface TableEditorProps {
  caption: string;
  rows: readonly CandidateRow[];
  issuesByRow?: ReadonlyMap<number, readonly CandidateIssue[]>;
  onEdit: (rowId: number, column: CandidateColumnKey, value: string) => void;
  onDelete: (rowId: number) => void;
  onAdd?: () => void;
}

/** Render the table with paging and, when there are issues, a filter to rows with problems. */
export function TableEditor({ caption, rows, issuesByRow, onEdit, onDelete, onAdd }: TableEditorProps) {
  const [page, setPage] = useState(0);
  const [isOnlyProblems, setIsOnlyProblems] = useState(false);
  const shown = isOnlyProblems && issuesByRow ? rows.filter((row) => issuesByRow.has(row.id)) : rows;
  const pageCount = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pageCount - 1);
  const visible = shown.slice(current * pageSize, (current + 1) * pageSize);
  const sizes = new Map(columns.map((column) => [column.key, fitColumnUnderHeader(column.header, visible.map((row) => row.values[column.key]))]));
  const wrap = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (wrap.current) padScrollingPastStickyColumns(wrap.current);
  });

  // A link to a cell on another page (在表格中查看, an error summary's link) turns to the page holding its row.
  useFieldReveal(
    (fieldId) => {
      const rowId = readCellRowId(fieldId);
      const index = rowId === null ? -1 : shown.findIndex((row) => row.id === rowId);
      return index < 0 ? null : Math.floor(index / pageSize);
    },
    setPage,
    current,
  );

  return (
    <div class="wizard-table-editor">
      {issuesByRow && (
        <div class="wizard-choice">
          <input type="checkbox" id="only-problem-rows" checked={isOnlyProblems} onChange={(event) => (setIsOnlyProblems(event.currentTarget.checked), setPage(0))} />
          <label for="only-problem-rows">只显示有问题的学生</label>
        </div>
      )}
      <div class="wizard-table-wrap wizard-table-wrap--tall" ref={wrap} tabIndex={0} role="region" aria-label={caption}>
        <table class="wizard-table wizard-table--sticky-2">
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">行</th>
              {columns.map((column) => (
                <th scope="col" key={column.key}>
                  {column.header}
                </th>
              ))}
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => {
              const issues = issuesByRow?.get(row.id) ?? [];
              return (
                <tr key={row.id}>
                  <th scope="row">{row.sourceRow}</th>
                  {columns.map((column) => {
                    const cellIssues = issues.filter((issue) => issue.column === column.key);
                    const severity = cellIssues.some((issue) => issue.severity === 'error') ? 'error' : cellIssues.length > 0 ? 'warning' : null;
                    const id = cellId(row.id, column.key);
                    return (
                      <td key={column.key} class={severity ? `wizard-cell--${severity}` : undefined}>
                        <input
                          id={id}
                          class="wizard-cell-input--fit"
                          value={row.values[column.key]}
                          aria-label={`第 ${row.sourceRow} 行 ${column.header}`}
                          aria-invalid={severity === 'error' ? true : undefined}
                          aria-describedby={severity ? `${id}-problem` : undefined}
                          size={sizes.get(column.key)}
                          onInput={(event) => onEdit(row.id, column.key, event.currentTarget.value)}
                        />
                        {severity && (
                          <span class={`wizard-cell-error wizard-cell-problem--${severity}`} id={`${id}-problem`}>
                            {cellIssues.map((issue) => `${issue.problem}。${issue.fix}`).join(' ')}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" class="wizard-link-button" onClick={() => onDelete(row.id)}>
                      删除<span class="sr-only">第 {row.sourceRow} 行</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="wizard-pager">
        {onAdd && (
          <button type="button" id={addRowFieldId} class="wizard-button wizard-button--secondary" onClick={onAdd}>
            添加一行
          </button>
        )}
        <Pager label="表格分页" page={current} pageCount={pageCount} extra={`（共 ${shown.length} 行）`} onPage={setPage} />
      </div>
    </div>
  );
}
