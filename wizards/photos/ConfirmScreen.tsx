/** Screen 5: check answers before the pack is made, with 修改 links. */
import { studentPhotoStatusLabels } from '../../src/domain/photos/facts';
import { CheckAnswers } from '../kit/CheckAnswers';
import { StepPage } from '../kit/StepPage';
import type { PhotosScreenProps } from './screen-props';
import { countStatuses, getStudentRows, needsFixChoice } from './selectors';

/** Summarise the choices and what the pack will hold. */
export function ConfirmScreen({ snapshot, send }: PhotosScreenProps) {
  const { context } = snapshot;
  const { paths, match, applyFixes } = context;
  const counts = countStatuses(getStudentRows(context));
  const rows = [
    { key: '照片', value: `${paths.length.toLocaleString('zh-CN')} 个文件`, step: 'photos' },
    {
      key: '对应结果',
      value: `${match?.matches.length ?? 0} 张对应到考生，${match?.unmatched.length ?? 0} 张没有对应，${match?.studentsWithoutPhoto.length ?? 0} 名考生没有照片`,
      step: 'matching',
    },
    ...(needsFixChoice(context) ? [{ key: '自动修复', value: applyFixes ? '修复可以修复的照片' : '不修复', step: 'review' }] : []),
  ];
  return (
    <StepPage title="确认后生成照片包" onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="生成照片包">
      <CheckAnswers rows={rows} onChange={(step) => send({ type: 'step.goto', step })} />
      <h3>照片包将包含</h3>
      <ul>
        <li>
          {studentPhotoStatusLabels.matched}：{counts.matched} 名考生，使用原照片
        </li>
        <li>
          {studentPhotoStatusLabels.fixed}：{counts.fixed} 名考生，使用修复后的照片
        </li>
        <li>
          {studentPhotoStatusLabels.problem}（不打包）：{counts.problem} 名考生
        </li>
        <li>
          {studentPhotoStatusLabels.missing}：{counts.missing} 名考生
        </li>
      </ul>
    </StepPage>
  );
}
