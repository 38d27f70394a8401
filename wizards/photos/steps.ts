/**
 * The photo wizard's screens in order: each screen's name, the element its error
 * links to, what stops 下一步, and when it may be entered directly (browser
 * Back/Forward, 修改 links, a URL hash).
 */
import { defineSteps } from '../kit/step-list';
import type { PhotosContext } from './context-schema';
import { areMatchedPhotosChecked, hasMatchedPhotos, isPackReady } from './selectors';
import { blockerFrom } from '../shared/wizard-links';
import { checkStudents, photoFieldIds } from './start-check';

export { photoFieldIds } from './start-check';

const messages = {
  noFiles: '请选择照片文件、照片所在的文件夹或 .zip 压缩包。',
  noMatches: '没有一张照片能对应到名单中的学生。请把照片命名为「证件号码.jpg」（或学生姓名）后重新选择。',
  uncheckedPhotos: '考生名单有变化，有的照片还没有检查。请点「重新检查照片」。',
  noFixChoice: '请选择是否自动修复照片。',
} as const;

/** The screens, in order. */
export const photosSteps = defineSteps<PhotosContext>()({
  students: {
    title: '考生名单',
    fields: [photoFieldIds.students],
    check: checkStudents,
    canEnter: () => true,
    blockedBy: (context) => blockerFrom(checkStudents(context), 'candidates'),
  },
  photos: {
    title: '选择照片',
    fields: [photoFieldIds.files],
    check: (context) => (context.paths.length > 0 ? [] : [{ field: photoFieldIds.files, message: messages.noFiles }]),
    canEnter: () => true,
  },
  matching: {
    title: '对应考生',
    fields: [photoFieldIds.matching],
    check: (context) => (hasMatchedPhotos(context) ? [] : [{ field: photoFieldIds.matching, message: messages.noMatches }]),
    canEnter: (context) => context.match !== null,
  },
  review: {
    title: '检查结果',
    fields: [photoFieldIds.fixes, photoFieldIds.recheck],
    check: (context) => {
      if (isPackReady(context)) return [];
      if (!areMatchedPhotosChecked(context)) return [{ field: photoFieldIds.recheck, message: messages.uncheckedPhotos }];
      return [{ field: photoFieldIds.fixes, message: messages.noFixChoice }];
    },
    canEnter: areMatchedPhotosChecked,
  },
  confirm: { title: '核对', canEnter: isPackReady },
  result: { title: '照片包', canEnter: isPackReady },
});
export type PhotoStep = (typeof photosSteps.ids)[number];
