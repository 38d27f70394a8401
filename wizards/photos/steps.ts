/**
 * The photo wizard's screens in order: each screen's name, the element its error
 * links to, what stops 下一步, and when it may be entered directly (browser
 * Back/Forward, 修改 links, a URL hash).
 */
import { defineSteps } from '../kit/step-list';
import type { PhotosContext } from './context-schema';
import { areMatchedPhotosChecked, hasMatchedPhotos, isPackReady } from './selectors';
import { blockerFrom } from '../shared/wizard-links';

/** Ids of the elements the error summary links to, one on each screen that checks. */
export const photoFieldIds = {
  students: 'photo-students',
  files: 'photo-files',
  matching: 'photo-matching',
  recheck: 'photo-recheck',
  fixes: 'photo-fixes',
} as const;

const messages = {
  noStudents: '学校工作区中还没有考生名单。请先用「考生信息导入」向导检查学生名单，或用「导入工作文件」导入同事导出的工作文件。',
  noFiles: '请选择照片文件、照片所在的文件夹或 .zip 压缩包。',
  noMatches: '没有一张照片能对应到名单中的学生。请把照片命名为「证件号码.jpg」（或学生姓名）后重新选择。',
  uncheckedPhotos: '考生名单有变化，有的照片还没有检查。请点「重新检查照片」。',
  noFixChoice: '请选择是否自动修复照片。',
} as const;

/** Return what stops the first screen: no students in the workspace to match photos to. */
function checkStudents(context: PhotosContext) {
  return context.students.length > 0 ? [] : [{ field: photoFieldIds.students, message: messages.noStudents }];
}

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
