/**
 * 申请复查的考生: the score table with paste and upload. Its own module, loaded when the screen is
 * first shown (ReviewIsland), so the table and the readers stay out of the page's first JavaScript.
 */
import { reviewProcedure } from '../../src/domain/scores/facts';
import { DemoFileOffer } from '../demo/DemoFileOffer';
import { StepPage } from '../kit/StepPage';
import { listKnownStudents } from '../shared/scores/known-students';
import { KnownStudentPicker } from '../shared/scores/KnownStudentPicker';
import { ScoreImportPanel } from '../shared/scores/ScoreImportPanel';
import { ScoreTable } from '../shared/scores/ScoreTable';
import type { ReviewScreenProps } from './screen-props';

/** Who asks for a review, with their scores. */
export function StudentsScreen({ context, send, isBusy }: ReviewScreenProps) {
  return (
    <StepPage title="申请复查的考生" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p>{reviewProcedure.school}</p>
      <p class="wizard-hint">只填申请复查的考生：每位考生一行，要复查的科目在下一步选择。可以粘贴或上传导出的成绩（只保留这些考生的行），也可以逐个填写。</p>
      <ScoreImportPanel pasted={context.pasted} lastImport={context.lastImport} errors={context.errors} isReading={isBusy} send={send} fileOffer={<DemoFileOffer file="reviewScores" />} />
      <ScoreTable
        rows={context.students}
        errors={context.errors}
        onSet={(index, column, value) => send({ type: 'student.set', index, column, value })}
        onRemove={(index) => send({ type: 'student.remove', index })}
        onAdd={() => send({ type: 'student.add' })}
      />
      <KnownStudentPicker students={listKnownStudents(context.workspace)} onPick={(student) => send({ type: 'student.add', student })} />
    </StepPage>
  );
}
