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
  scoreExport: {
    description: '示例学校在平台「成绩管理」导出的考试成绩（每位考生每个科目一行）。',
    fileName: `${demoFilePrefix}考试成绩.xlsx`,
    href: withBase('/training/demo/scores.xlsx'),
  },
  reviewScores: {
    description: '示例学校从导出的成绩中挑出的两位考生：理论显示缺考，但他们参加了考试。',
    fileName: `${demoFilePrefix}复查考生成绩.xlsx`,
    href: withBase('/training/demo/review-scores.xlsx'),
  },
  stampScan: {
    description: '示例学校负责人签名章的扫描图片（白纸红章，比平台要求的尺寸大）。',
    fileName: `${demoFilePrefix}签名章扫描.png`,
    href: withBase('/training/demo/stamp.png'),
  },
};
