/** Screen 2: choosing the photos: files, a folder, or a .zip. */
import { studentPhoto } from '../../src/domain/photos/facts';
import { DemoFileOffer } from '../demo/DemoFileOffer';
import { errorFor } from '../kit/Fields';
import { FileDrop } from '../kit/FileDrop';
import { StepPage } from '../kit/StepPage';
import { photoFieldIds } from './steps';
import type { PhotosScreenProps } from './screen-props';

/** Ask for the photos and say what the platform requires of them. */
export function PhotosScreen({ snapshot, send }: PhotosScreenProps) {
  const { paths, errors } = snapshot.context;
  const { formats, maxBytesLabel, widthPx, heightPx, background } = studentPhoto;
  return (
    <StepPage title="选择学生照片" errors={errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <p>平台要求：照片格式 {formats.join('、')}，大小 {maxBytesLabel} 以内，像素 {widthPx}×{heightPx}，{background}底色，文件名为「证件号码.jpg」。</p>
      <DemoFileOffer file="photoPack" />
      <FileDrop
        id={photoFieldIds.files}
        label="照片文件、照片所在的文件夹或 .zip 压缩包"
        hint="可以一次选择多张照片；文件名用证件号码或学生姓名都可以，向导会自动对应并改名。"
        accept="image/*,.heic,.heif,.zip"
        multiple
        allowFolder
        error={errorFor(errors, photoFieldIds.files)}
        onFiles={(files) => send({ type: 'photos.choose', files })}
      />
      {paths.length > 0 && <p>已选择 {paths.length.toLocaleString('zh-CN')} 个文件。重新选择会替换它们。</p>}
    </StepPage>
  );
}
