/** Screen 3: which photo belongs to which student, what is left over on both sides. */
import { photoMatchLabels } from '../../src/domain/photos/facts';
import { StepPage } from '../kit/StepPage';
import { photoFieldIds } from './steps';
import { PhotosGoneNotice } from './PhotosGoneNotice';
import type { PhotosScreenProps } from './screen-props';
import { getUnmatchedRows } from './selectors';

/** Show the match: counts, photos matched to nobody, students without a photo, unreadable files. */
export function MatchingScreen(props: PhotosScreenProps) {
  const { snapshot, send } = props;
  const { context } = snapshot;
  const { students, paths, match, sourceProblems, errors } = context;
  if (!match) return null;
  const unmatched = getUnmatchedRows(context);
  return (
    <StepPage title="照片与考生的对应" errors={errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })} nextLabel="检查照片">
      <PhotosGoneNotice {...props} />
      <p id={photoFieldIds.matching} tabIndex={-1}>
        共 {paths.length.toLocaleString('zh-CN')} 张照片，{match.matches.length.toLocaleString('zh-CN')} 张对应到了考生；
        {students.length.toLocaleString('zh-CN')} 名考生中 {match.studentsWithoutPhoto.length.toLocaleString('zh-CN')} 名没有照片。
      </p>
      {unmatched.length > 0 && (
        <section aria-labelledby="photo-unmatched-title">
          <h3 id="photo-unmatched-title">没有对应到考生的照片（{unmatched.length}）</h3>
          <div class="wizard-table-wrap">
            <table class="wizard-table">
              <thead>
                <tr>
                  <th scope="col">照片文件</th>
                  <th scope="col">原因和处理方法</th>
                </tr>
              </thead>
              <tbody>
                {unmatched.map((row) => (
                  <tr key={row.fileIndex}>
                    <td>{paths[row.fileIndex]}</td>
                    <td>{row.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {match.studentsWithoutPhoto.length > 0 && (
        <section aria-labelledby="photo-missing-title">
          <h3 id="photo-missing-title">没有照片的考生（{match.studentsWithoutPhoto.length}）</h3>
          <ul class="photo-columns">
            {match.studentsWithoutPhoto.map((studentIndex) => (
              <li key={studentIndex}>
                {students[studentIndex].name}（{students[studentIndex].documentNumber}）
              </li>
            ))}
          </ul>
        </section>
      )}
      {sourceProblems.length > 0 && (
        <section aria-labelledby="photo-problems-title">
          <h3 id="photo-problems-title">无法读取的文件（{sourceProblems.length}）</h3>
          <ul>
            {sourceProblems.map((problem) => (
              <li key={problem.path}>
                {problem.path}：{problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {match.matches.length > 0 && (
        <details>
          <summary>查看已对应的 {match.matches.length.toLocaleString('zh-CN')} 张照片</summary>
          <div class="wizard-table-wrap">
            <table class="wizard-table">
              <thead>
                <tr>
                  <th scope="col">学生姓名</th>
                  <th scope="col">证件号码</th>
                  <th scope="col">照片文件</th>
                  <th scope="col">对应方式</th>
                </tr>
              </thead>
              <tbody>
                {match.matches.map((found) => (
                  <tr key={found.fileIndex}>
                    <td>{students[found.studentIndex].name}</td>
                    <td>{students[found.studentIndex].documentNumber}</td>
                    <td>{paths[found.fileIndex]}</td>
                    <td>{photoMatchLabels[found.by]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </StepPage>
  );
}
