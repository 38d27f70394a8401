/** The scores screen: scores from the platform's export, typed, or for the workspace's students. */
import { menus } from '../../src/domain/platform/facts';
import { StepPage } from '../kit/StepPage';
import { AddPlanStudents } from '../shared/scores/AddPlanStudents';
import { listKnownStudents } from '../shared/scores/known-students';
import { KnownStudentPicker } from '../shared/scores/KnownStudentPicker';
import { DemoFileOffer } from '../demo/DemoFileOffer';
import { ScoreImportPanel } from '../shared/scores/ScoreImportPanel';
import { ScoreTable } from '../shared/scores/ScoreTable';
import type { CertificatesScreenProps } from './screen-props';

/** Render the scores screen; `isBusy` while an export is read. */
export function ScoresScreen({ context, send, isBusy }: CertificatesScreenProps) {
  return (
    <StepPage title="考试成绩" errors={context.errors} onNext={() => send({ type: 'step.next' })}>
      <p>在「{menus.scores}」筛选本次考试计划并导出成绩，粘贴或上传到下面；也可以逐个填写，或从学校工作区带入考生后填写成绩。</p>
      <ScoreImportPanel pasted={context.pasted} lastImport={context.lastImport} errors={context.errors} isReading={isBusy} send={send} fileOffer={<DemoFileOffer file="scoreExport" />} />
      <ScoreTable
        rows={context.rows}
        errors={context.errors}
        onSet={(index, column, value) => send({ type: 'row.set', index, column, value })}
        onRemove={(index) => send({ type: 'row.remove', index })}
        onAdd={() => send({ type: 'row.add' })}
      />
      <AddPlanStudents workspace={context.workspace} rows={context.rows} onAdd={(students) => send({ type: 'rows.add', rows: students })} />
      <KnownStudentPicker students={listKnownStudents(context.workspace)} onPick={(student) => send({ type: 'row.add', row: student })} />
    </StepPage>
  );
}
