/**
 * 证件号码相同的学生: each group of rows that share a 证件号码 but differ in other data,
 * shown as a group with the choice keep this row / that row / neither. Until the user
 * chooses, no row of the group reaches the import file (`selectImportRows`).
 */
import { useEffect, useState } from 'preact/hooks';
import { readDecision, type DuplicateGroup } from '../../src/domain/candidates/duplicates';
import { columnHeader } from '../../src/domain/candidates/format';
import type { CandidateRow, ConflictDecisions } from '../../src/domain/candidates/schema';
import { RadioGroup, errorFor } from '../kit/Fields';
import { Pager } from '../kit/Pager';
import { useFieldReveal } from '../kit/reveal-field';
import type { FieldError } from '../kit/wizard-machine';
import { conflictFieldId } from './steps';

/** The value of the 都不保留 choice (row ids are numbers, so it cannot clash). */
const keepNone = 'none';

/** Groups shown at a time: a list pasted twice can make tens of thousands, too many inputs for one page. */
const pageSize = 20;

/** Return a row as the choice names it: its row number and, for each differing column, its value. */
function describeRow(row: CandidateRow, group: DuplicateGroup): string {
  const values = group.differingColumns.map((column) => `${columnHeader(column)}“${row.values[column] || '（空）'}”`).join('，');
  return `保留第 ${row.sourceRow} 行（${values}）`;
}

/** Props of the conflict choices. */
export interface ConflictChoicesProps {
  groups: readonly DuplicateGroup[];
  decisions: ConflictDecisions;
  errors: readonly FieldError[];
  onDecide: (groupKey: string, keepRowId: number | null) => void;
}

/** Render one radio group per conflicting group, with the user's current choice. */
export function ConflictChoices({ groups, decisions, errors, onDecide }: ConflictChoicesProps) {
  const undecided = groups.filter((group) => readDecision(group, decisions) === undefined).length;
  const pageOf = (fieldId: string) => {
    const index = groups.findIndex((group) => conflictFieldId(group.key) === fieldId);
    return index < 0 ? null : Math.floor(index / pageSize);
  };
  const [page, setPage] = useState(() => Math.floor(Math.max(0, groups.findIndex((group) => readDecision(group, decisions) === undefined)) / pageSize));
  const pageCount = Math.ceil(groups.length / pageSize);
  const current = Math.min(page, pageCount - 1);
  // The error summary links to the first undecided group: its page is shown whenever the errors are new,
  // and when the link is followed from another page (`showField`).
  useEffect(() => {
    const target = errors.map((error) => pageOf(error.field)).find((found) => found !== null);
    if (target !== undefined && target !== null) setPage(target);
  }, [errors]);
  useFieldReveal(pageOf, setPage, current);
  return (
    <section aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading">证件号码相同的学生（{groups.length} 组）</h3>
      <p>
        下面每一组学生的证件号码相同，但其他信息不同。同一个人只能导入一次：请核对后选择保留哪一行，或都不保留（例如要先向学生核实）。
        {undecided > 0 ? <strong>还有 {undecided} 组没有选择，选择之前这些行都不会写入导入文件。</strong> : '每一组都已选择。'}
      </p>
      {pageCount > 1 && (
        <p class="wizard-hint">
          组数较多时，常见的原因是同一份名单被复制了两次，或合并了两个版本的名单：在原表格中删去重复的行，再回到「上传学生名单」重新上传，比逐组选择更快。
        </p>
      )}
      {groups.slice(current * pageSize, (current + 1) * pageSize).map((group) => {
        const id = conflictFieldId(group.key);
        const decision = readDecision(group, decisions);
        return (
          <RadioGroup
            key={group.key}
            id={id}
            label={`证件号码“${group.documentNumber}”：第 ${group.rows.map((row) => row.sourceRow).join('、')} 行的${group.differingColumns.map(columnHeader).join('、')}不同`}
            error={errorFor(errors, id)}
            options={[
              ...group.rows.map((row) => ({ value: String(row.id), label: describeRow(row, group) })),
              { value: keepNone, label: '都不保留（这几行都不导入）' },
            ]}
            value={decision === undefined ? null : decision === null ? keepNone : String(decision)}
            onChange={(value) => onDecide(group.key, value === keepNone ? null : Number(value))}
          />
        );
      })}
      <Pager label="证件号码相同的学生分页" page={current} pageCount={pageCount} extra={`（共 ${groups.length} 组）`} onPage={setPage} />
    </section>
  );
}
