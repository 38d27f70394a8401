/** 填写表格: the list typed into the table editor, loaded when chosen (the editor is most of its code). */
import { StepPage } from '../kit/StepPage';
import type { CandidatesScreenProps } from './screen-props';
import { TableEditor } from './TableEditor';

/** 填写表格. */
export function EntryScreen({ context, send }: CandidatesScreenProps) {
  return (
    <StepPage title="在表格中填写学生信息" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p class="wizard-hint">每行一名学生。姓名拼音、性别和证件类型可以留空：检查时会按姓名和证件号码填写，并列出每一处。</p>
      <TableEditor
        caption="学生信息表"
        rows={context.rows}
        onEdit={(rowId, column, value) => send({ type: 'row.edit', rowId, column, value })}
        onDelete={(rowId) => send({ type: 'row.delete', rowId })}
        onAdd={() => send({ type: 'row.add' })}
      />
    </StepPage>
  );
}
