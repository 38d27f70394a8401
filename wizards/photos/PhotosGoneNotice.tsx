/**
 * Said on every screen after the photos were chosen when they are no longer in memory:
 * photos are never saved in the browser, so after a reload they must be chosen again.
 */
import { arePhotosGone } from './photo-session';
import type { PhotosScreenProps } from './screen-props';

/** A notice with 重新选择照片 when the chosen photos are gone; nothing otherwise. */
export function PhotosGoneNotice({ snapshot, send }: PhotosScreenProps) {
  if (!arePhotosGone(snapshot.context.sessionId)) return null;
  return (
    <div class="wizard-confirm" role="status">
      <p>
        照片只在本页内存中处理，不保存在浏览器里。页面刷新或重新打开后，检查结果还在，但需要重新选择照片才能预览和打包。
      </p>
      <button type="button" class="wizard-button wizard-button--secondary" onClick={() => send({ type: 'photos.reselect' })}>
        重新选择照片
      </button>
    </div>
  );
}
