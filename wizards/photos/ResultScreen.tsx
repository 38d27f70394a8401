/** Screen 6: the photo zip and the manifest, and what to do next on the platform. */
import { photoCheckHours } from '../../src/domain/candidates/facts';
import { buttons, menus } from '../../src/domain/platform/facts';
import { NextSteps, ResultFiles } from '../kit/ResultFiles';
import { StepPage } from '../kit/StepPage';
import { photoPackFileNames } from './file-names';
import { buildResultFile, listResultFiles } from './output';
import { PhotosGoneNotice } from './PhotosGoneNotice';
import type { PhotosScreenProps } from './screen-props';
import { countStatuses, getStudentRows } from './selectors';

/** Offer the files and the next steps. */
export function ResultScreen(props: PhotosScreenProps) {
  const { snapshot, send } = props;
  const { context } = snapshot;
  const counts = countStatuses(getStudentRows(context));
  const toFix = counts.missing + counts.problem;

  return (
    <StepPage title="照片包已准备好" onBack={() => send({ type: 'step.back' })}>
      <PhotosGoneNotice {...props} />
      <ResultFiles files={listResultFiles(context)} build={(id) => buildResultFile(id, context)} />
      <h3>接下来在平台上</h3>
      <NextSteps
        steps={[
          { title: '导入照片', where: `「${menus.candidates}」→「${buttons.photosImport}」`, details: `选择下载的「${photoPackFileNames.zip}」。` },
          ...(toFix > 0
            ? [{ title: '补齐照片', details: `清单中「缺少照片」和「有问题」的 ${toFix} 名考生还没有合格照片：换好照片后再运行本向导，只导入新的照片包即可。` }]
            : []),
          {
            title: '认证',
            where: `「${menus.candidates}」→「${buttons.certify}」或「${buttons.certifyBatch}」`,
            details: `平台与公安系统比对照片，约需 ${photoCheckHours} 小时，状态为「信息待认证」。`,
          },
          {
            title: '处理比对失败',
            where: `「${buttons.confirmManually}」`,
            details: '状态为「需人工确认」的考生，核对信息无误后点击「人工确认」，状态变为「信息准确」后才能报考。',
          },
        ]}
      />
    </StepPage>
  );
}
