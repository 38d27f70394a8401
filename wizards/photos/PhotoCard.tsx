/** One checked photo: whose it is, what was found, and the photo before and after a fix. */
import { describeFinding } from '../../src/domain/photos/messages';
import { isBlocking } from '../../src/domain/photos/rules';
import type { CheckedPhoto, PhotoStudent } from '../../src/domain/photos/schema';
import type { PhotoPreview } from './photo-session';

/** Props of a photo card. */
export interface PhotoCardProps {
  student: PhotoStudent;
  path: string;
  checked: CheckedPhoto;
  /** Object URLs of the previews; absent after a reload. */
  preview: PhotoPreview | undefined;
}

/** Render a checked photo with its findings and previews. */
export function PhotoCard({ student, path, checked, preview }: PhotoCardProps) {
  return (
    <li class="photo-card">
      <div class="photo-card-text">
        <p class="photo-card-title">
          <strong>{student.name}</strong>（{student.documentNumber}）
        </p>
        <p class="photo-card-path">{path}</p>
        <ul class="photo-findings">
          {checked.findings.map((finding) => (
            <li key={finding.code}>
              <span class={`wizard-tag ${isBlocking(finding) ? 'wizard-tag--error' : 'wizard-tag--warning'}`}>{isBlocking(finding) ? '需处理' : '提醒'}</span>{' '}
              {describeFinding(finding)}
            </li>
          ))}
        </ul>
      </div>
      {preview && (
        <div class="photo-previews">
          <figure>
            <img src={preview.before} alt={`${student.name}的原照片`} loading="lazy" />
            <figcaption>原照片</figcaption>
          </figure>
          {preview.after && (
            <figure>
              <img src={preview.after} alt={`${student.name}修复后的照片`} loading="lazy" class="photo-after" />
              <figcaption>修复后</figcaption>
            </figure>
          )}
        </div>
      )}
    </li>
  );
}
