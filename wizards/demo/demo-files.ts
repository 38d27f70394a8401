/**
 * The sample school's files that exercises start from, generated at build time
 * by the routes in src/pages/training/demo/ and offered on the course page and,
 * in demo mode, on the wizard screens that take them (`DemoFileOffer`). Only
 * names and addresses here: the wizards' pages load this, not the sample data.
 */
import type { DemoFileKey } from '../../src/domain/training/schema';
import { withBase } from '../../src/paths';
import { demoFilePrefix } from '../kit/work-mode';

/** A downloadable file of the sample school. */
export interface DemoFile {
  /** What it is, in a sentence. */
  description: string;
  /** Name the browser saves it under. */
  fileName: string;
  /** Where the build puts it. */
  href: string;
}

export const demoFiles: Readonly<Record<DemoFileKey, DemoFile>> = {
  studentList: {
    description: '示例学校从学籍系统导出的学生名单，带着真实名单里常见的各种问题。',
    fileName: `${demoFilePrefix}学生名单.xlsx`,
    href: withBase('/training/demo/students.xlsx'),
  },
  photoPack: {
    description: '示例学校收集到的学生照片：有的命名不对、尺寸不对或底色不对，有几位学生还没有照片。',
    fileName: `${demoFilePrefix}学生照片.zip`,
    href: withBase('/training/demo/photos.zip'),
  },
};
