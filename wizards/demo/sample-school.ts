/**
 * The sample school of the 培训 section: an invented vocational college whose
 * name says it is a demo, so every file and printout made from it says so too.
 * Its students are in `sample-students.ts`, its exam plan in `sample-plan.ts`.
 */
import { certificate } from '../../src/domain/certificate/facts';
import type { Room, StaffMember } from '../../src/domain/workspace/schema';
import { makeDemoPhone } from './demo-identity';

/** 院校名称: invented, and marked as a demo in the name itself. */
export const sampleSchoolName = '演示职业技术学院';

/** The school and its exam site; the site name is 院校名称 + the certificate's name, as the platform makes it. */
export const sampleSchool = {
  name: sampleSchoolName,
  siteName: `${sampleSchoolName}${certificate.name}`,
  siteCode: 'YS0000000001',
};

/** The school's majors: two pilot majors and one outside the pilot (its students are 社会考生). */
export const sampleMajors = {
  ecommerce: { name: '电子商务', code: '530701', isPilot: true },
  crossBorder: { name: '跨境电子商务', code: '530702', isPilot: true },
  marketing: { name: '市场营销', code: '530605', isPilot: false },
} as const;
export type SampleMajorKey = keyof typeof sampleMajors;

/** 专业层次 of every sample student. */
export const sampleEducationLevel = '专科';

/**
 * 已批准培训人数: three fewer than the pilot majors' students, so the last three
 * of them become 社会考生 (the case 手册 第三章 三 calls 超出了试点专业规模考生).
 */
export const sampleApprovedScale = 52;

/** The computer rooms, each named as the manual suggests (XX 教学楼 XX 室/机房); working machines counted. */
export const sampleRooms: Room[] = [
  { name: '实训楼301机房', address: '演示省演示市示范区', detailAddress: '演示职业技术学院实训楼三层301室', machines: 45 },
  { name: '实训楼302机房', address: '演示省演示市示范区', detailAddress: '演示职业技术学院实训楼三层302室', machines: 42 },
  { name: '信息楼201机房', address: '演示省演示市示范区', detailAddress: '演示职业技术学院信息楼二层201室', machines: 40 },
];

// Teachers' phones follow the students' (index 1–58) in the demo's range.
const teacherPhone = (index: number) => makeDemoPhone(900 + index);

/**
 * The teachers put forward for exam day (the four school roles, and proctors)
 * with what each teaches. 钱晓红 teaches the candidates' own major (电子商务),
 * which the manual advises against for proctors (手册 第三章 六).
 */
export const sampleStaff: StaffMember[] = [
  { name: '郑国华', role: '主考', phone: teacherPhone(1), subject: '学校管理' },
  { name: '冯丽萍', role: '副主考', phone: teacherPhone(2), subject: '教务管理' },
  { name: '褚建军', role: '工作人员', phone: teacherPhone(3), subject: '思想政治' },
  { name: '卫志刚', role: '系统管理员', phone: teacherPhone(4), subject: '计算机网络技术' },
  { name: '蒋文静', role: '监考员', phone: teacherPhone(5), subject: '大学英语' },
  { name: '沈海涛', role: '监考员', phone: teacherPhone(6), subject: '高等数学' },
  { name: '韩雪梅', role: '监考员', phone: teacherPhone(7), subject: '体育' },
  { name: '秦立新', role: '监考员', phone: teacherPhone(8), subject: '会计' },
  { name: '尤佳', role: '监考员', phone: teacherPhone(9), subject: '语文' },
  { name: '钱晓红', role: '监考员', phone: teacherPhone(10), subject: sampleMajors.ecommerce.name },
];
