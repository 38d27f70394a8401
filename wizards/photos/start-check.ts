/**
 * What stops the photo wizard's first screen, apart from its step list so the
 * 本校工作台 can say 还不能开始 without loading the wizard's machine parts; and
 * the ids the wizard's error summary links to.
 */
import type { PhotosContext } from './context-schema';

/** Ids of the elements the error summary links to, one on each screen that checks. */
export const photoFieldIds = {
  students: 'photo-students',
  files: 'photo-files',
  matching: 'photo-matching',
  recheck: 'photo-recheck',
  fixes: 'photo-fixes',
} as const;

const noStudents = '学校工作区中还没有考生名单。请先用「考生信息导入」向导检查学生名单，或用「导入工作文件」导入同事导出的工作文件。';

/** Return what stops the first screen: no students in the workspace to match photos to. */
export function checkStudents(context: Pick<PhotosContext, 'students'>) {
  return context.students.length > 0 ? [] : [{ field: photoFieldIds.students, message: noStudents }];
}
