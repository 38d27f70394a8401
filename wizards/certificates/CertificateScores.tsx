/** The scores screen: scores from the platform's export, typed, or for the workspace's students. */
import { menus } from '../../src/domain/platform/facts';
import { KnownStudentPicker } from '../review/KnownStudentPicker';
import { ScoreImportPanel } from '../review/ScoreImportPanel';
import { ScoreTable } from '../review/ScoreTable';
import type { CertificateContext, CertificateEvent } from './machine';

/** What every screen of the certificate wizard receives. */
export interface CertificateScreenProps {
  context: CertificateContext;
  send: (event: CertificateEvent) => void;
}

/** Render the scores screen. */
export function CertificateScores({ context, send, isReading }: CertificateScreenProps & { isReading: boolean }) {
  return (
    <>
      <p>在「{menus.scores}」筛选本次考试计划并导出成绩，粘贴或上传到下面；也可以逐个填写，或从学校工作区带入考生后填写成绩。</p>
      <ScoreImportPanel
        pasted={context.pasted}
        lastImport={context.lastImport}
        isReading={isReading}
        onPaste={(text) => send({ type: 'paste.set', text })}
        onRead={(source) => send({ type: 'scores.read', source })}
        onCancel={() => send({ type: 'scores.cancel' })}
      />
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
