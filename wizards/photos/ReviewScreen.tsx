/** Screen 4: what checking found, photo by photo, with previews and the fix question. */
import { studentPhoto } from '../../src/domain/photos/facts';
import { describeFinding } from '../../src/domain/photos/messages';
import { errorFor, RadioGroup } from '../kit/Fields';
import { StepPage } from '../kit/StepPage';
import { photoFieldIds } from './steps';
import { PhotoCard } from './PhotoCard';
import { getPhotoSession } from './photo-session';
import { PhotosGoneNotice } from './PhotosGoneNotice';
import type { PhotosScreenProps } from './screen-props';
import { groupByNotices } from './notice-groups';
import { areMatchedPhotosChecked, groupCheckedPhotos, needsFixChoice } from './selectors';
import type { StudentPhotoRow } from '../../src/domain/photos/status';

type FixAnswer = 'fix' | 'keep';

/** Show every checked photo that needs attention, and ask whether to fix what can be fixed. */
export function ReviewScreen(props: PhotosScreenProps) {
  const { snapshot, send } = props;
  const { context } = snapshot;
  const { paths, checks, applyFixes, errors } = context;
  const session = getPhotoSession(context.sessionId);
  const { blocked, warned, passed } = groupCheckedPhotos(context);
  const { widthPx, heightPx, maxBytesLabel } = studentPhoto;
  const card = (row: StudentPhotoRow) => (
    <PhotoCard key={row.fileIndex} student={row.student} path={paths[row.fileIndex!]} checked={checks[String(row.fileIndex)]} preview={session?.previews.get(row.fileIndex!)} />
  );
  // Reminders shared by several photos are said once, with a count; a photo with reminders of its own keeps its card.
  const warnedGroups = groupByNotices(warned, (row) => checks[String(row.fileIndex)]!.findings.map((finding) => describeFinding(finding)));
  const sharedWarnings = warnedGroups.filter((group) => group.items.length > 1);
  const ownWarnings = warnedGroups.filter((group) => group.items.length === 1).flatMap((group) => group.items);

  return (
    <StepPage title="照片检查结果" errors={errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <PhotosGoneNotice {...props} />
      {!areMatchedPhotosChecked(context) && (
        <div class="wizard-confirm" role="status">
          <p>考生名单在检查之后有了变化，有的照片还没有检查。</p>
          <button type="button" id={photoFieldIds.recheck} class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'photos.recheck' })}>
            重新检查照片
          </button>
        </div>
      )}
      <p>
        检查了 {(blocked.length + warned.length + passed.length).toLocaleString('zh-CN')} 张照片：{passed.length} 张完全符合要求，
        {warned.length} 张有提醒，{blocked.length} 张需要处理。
      </p>
      {blocked.length > 0 && (
        <section aria-labelledby="photo-blocked-title">
          <h3 id="photo-blocked-title">需要处理的照片（{blocked.length}）</h3>
          <ul class="photo-cards">{blocked.map(card)}</ul>
        </section>
      )}
      {warned.length > 0 && (
        <section aria-labelledby="photo-warned-title">
          <h3 id="photo-warned-title">有提醒的照片（{warned.length}）</h3>
          {sharedWarnings.map((group) => (
            <div key={group.notices.join('\n')} class="photo-notice-group">
              <p>
                <span class="wizard-tag wizard-tag--warning">提醒</span> {group.items.length.toLocaleString('zh-CN')} 张照片：{group.notices.join('；')}
              </p>
              <details>
                <summary>查看这 {group.items.length.toLocaleString('zh-CN')} 张照片</summary>
                <ul class="photo-columns">
                  {group.items.map((row) => (
                    <li key={row.fileIndex}>
                      {row.student.name}（{paths[row.fileIndex!]}）
                    </li>
                  ))}
                </ul>
              </details>
            </div>
          ))}
          {ownWarnings.length > 0 && <ul class="photo-cards">{ownWarnings.map(card)}</ul>}
        </section>
      )}
      {passed.length > 0 && (
        <details>
          <summary>查看完全符合要求的 {passed.length.toLocaleString('zh-CN')} 张照片</summary>
          <ul class="photo-columns">
            {passed.map((row) => (
              <li key={row.fileIndex}>
                {row.student.name}（{row.student.documentNumber}）
              </li>
            ))}
          </ul>
        </details>
      )}
      {needsFixChoice(context) && (
        <RadioGroup<FixAnswer>
          id={photoFieldIds.fixes}
          label="是否自动修复可以修复的照片？"
          hint="修复在本机完成：从中间裁剪、缩放为规定像素、转为 RGB 色彩的 JPEG 并压缩到大小限制以内。请先看上面的「修复后」预览。"
          options={[
            { value: 'fix', label: '自动修复', hint: `修复后的照片为 ${widthPx}×${heightPx} 像素的 JPEG，不超过 ${maxBytesLabel}。` },
            { value: 'keep', label: '不修复', hint: '需要处理的照片不打包，换好照片后再运行本向导。' },
          ]}
          value={applyFixes === null ? null : applyFixes ? 'fix' : 'keep'}
          error={errorFor(errors, photoFieldIds.fixes)}
          onChange={(answer) => send({ type: 'fix.choose', applyFixes: answer === 'fix' })}
        />
      )}
    </StepPage>
  );
}
