/** Registered candidates against the photo wizard's last matching (see rules.ts for what it checks and why). */
import { listRegisteredCandidates } from '../enrolment/rules';
import { keepFindings, listNames, nameWizard, type ConsistencyFinding, type ConsistencyInput } from './finding';

/** What the photo wizard's last matching found, by 证件号码: the students it matched photos against, and those left without one. */
export interface PhotoCheck {
  checked: readonly string[];
  withoutPhoto: readonly string[];
}

/** Return findings for registered candidates the last photo check found without a photo, or never checked (added to the list since). */
export function checkRegisteredPhotos({ candidates, enrolments }: ConsistencyInput, photos: PhotoCheck | undefined): ConsistencyFinding[] {
  // No matching yet is unfinished work, which the task list shows; not a disagreement.
  if (!photos) return [];
  const registered = listRegisteredCandidates(candidates, enrolments);
  const checked = new Set(photos.checked);
  const missing = new Set(photos.withoutPhoto);
  const withoutPhoto = registered.filter((candidate) => missing.has(candidate.documentNumber));
  const unchecked = registered.filter((candidate) => !checked.has(candidate.documentNumber));
  return keepFindings([
    withoutPhoto.length > 0 && {
      key: 'photos-registered-missing',
      message: `${withoutPhoto.length} 名报考考生在上次照片核对中没有照片：${listNames(withoutPhoto.map((candidate) => candidate.name))}。请补齐照片，再打开${nameWizard('photos')}重新打包。`,
      fixIn: 'photos',
    },
    unchecked.length > 0 && {
      key: 'photos-registered-unchecked',
      message: `${unchecked.length} 名报考考生是上次照片核对之后才加入考生名单的：${listNames(unchecked.map((candidate) => candidate.name))}。请打开${nameWizard('photos')}重新核对照片。`,
      fixIn: 'photos',
    },
  ]);
}
