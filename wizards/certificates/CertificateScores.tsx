/** The scores screen: scores from the platform's export, typed, or for the workspace's students. */
import { menus } from '../../src/domain/platform/facts';
import { KnownStudentPicker } from '../review/KnownStudentPicker';
import { ScoreTable } from '../review/ScoreTable';
import type { CertificateContext, CertificateEvent } from './machine';

/** What every screen of the certificate wizard receives. */
export interface CertificateScreenProps {
  context: CertificateContext;
  send: (event: CertificateEvent) => void;
}

/** Render the scores screen. */
export function CertificateScores({ context, send }: CertificateScreenProps) {
  return (
    <>
      <p>在「{menus.scores}」筛选本次考试计划，导出成绩，把表格内容复制粘贴到下面，或直接上传导出的文件；也可以逐个填写。</p>
      <ScoreTable
        rows={context.rows}
        errors={context.errors}
        onSet={(index, column, value) => send({ type: 'row.set', index, column, value })}
        onRemove={(index) => send({ type: 'row.remove', index })}
        onAdd={() => send({ type: 'row.add' })}
      />
      <KnownStudentPicker known={context.known} onPick={(student) => send({ type: 'row.add', row: student })} />
    </>
  );
}
