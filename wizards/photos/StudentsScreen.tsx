/** Screen 1: the student list the photos are matched against, from the school workspace. */
import { StepPage } from '../kit/StepPage';
import { withBase } from '../../src/paths';
import { photoFieldIds } from './steps';
import type { PhotosScreenProps } from './screen-props';

/** Show how many students the workspace holds, or where to get them. */
export function StudentsScreen({ snapshot, send }: PhotosScreenProps) {
  const { students, errors } = snapshot.context;
  return (
    <StepPage title="核对考生名单" errors={errors} onNext={() => send({ type: 'step.next' })}>
      {students.length > 0 ? (
        <>
          <p>
            学校工作区中有 <strong>{students.length.toLocaleString('zh-CN')}</strong> 名考生（来自「考生信息导入」向导或导入的工作文件）。
            照片将按文件名中的证件号码或学生姓名对应到这些考生。
          </p>
          <details>
            <summary>查看考生名单</summary>
            <ol class="photo-student-list">
              {students.map((student, index) => (
                <li key={index}>
                  {student.name}（{student.documentNumber}）
                </li>
              ))}
            </ol>
          </details>
        </>
      ) : (
        <p>
          学校工作区中还没有考生名单。请先用
          <a id={photoFieldIds.students} href={withBase('/wizards/candidates/')}>
            「考生信息导入」向导
          </a>
          检查学生名单，或在页面下方「导入工作文件」。
        </p>
      )}
      <p class="wizard-hint">照片只在本机浏览器中检查和处理，不会上传到任何地方。</p>
    </StepPage>
  );
}
