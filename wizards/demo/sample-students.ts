/**
 * The students of the sample school as their documents say: the truth that the
 * school's own list (`school-list.ts`) gets wrong in places, and that the
 * workspace holds once the candidate wizard has put the list right.
 *
 * Every name is invented and every number comes from `demo-identity.ts`. The
 * names cover what the candidate wizard handles: compound surnames (欧阳, 尉迟),
 * surnames read differently as surnames (单, 曾, 解 …), the same characters in a
 * given name (黄单), minority names with ·, ü (吕), a character outside the pinyin
 * dictionary (𠮷), a foreign name, and each 证件类型.
 */
import type { documentTypes } from '../../src/domain/candidates/facts';
import type { Gender } from '../../src/domain/candidates/schema';
import { findDemoResidentIdEndingInX, getDemoSequence, makeDemoLegacyId, makeDemoPhone, makeDemoResidencePermit, makeDemoResidentId } from './demo-identity';
import type { SampleMajorKey } from './sample-school';

/** How the school's list gets a student wrong: each is a case the candidate wizard reports or cleans. */
export type ListQuirk =
  | 'fullWidthDigits'
  | 'badChecksum'
  | 'duplicateRow'
  | 'sameNumberOtherPhone'
  | 'lowerCaseX'
  | 'numberCell'
  | 'legacy15'
  | 'spaceInName'
  | 'invisibleCharacter'
  | 'lookalikeDot'
  | 'phoneWithCountryCode'
  | 'missingPhone'
  | 'upperCasePinyin'
  | 'misreadSurnamePinyin'
  | 'customaryPinyin'
  | 'rareCharacter'
  | 'genderMismatch'
  | 'formulaName'
  | 'yearWithSuffix'
  | 'documentTypeAlias'
  | 'documentTypeMissing';

/**
 * A student's photo in the sample photo pack: fine, or one of the cases the photo
 * wizard handles (not collected yet, named by the student's name instead of the
 * number, square instead of 295×413, larger than needed, white background).
 */
export type PhotoCase = 'fine' | 'missing' | 'namedByName' | 'square' | 'large' | 'whiteBackground';

/** One student of the sample school. */
export interface SampleStudent {
  name: string;
  /** 姓名拼音 as it must be printed (ü written Lyu, the wizard's default). */
  pinyin: string;
  gender: Gender;
  documentType: (typeof documentTypes)[number];
  documentNumber: string;
  /** The 15-digit number the list shows for a student with an old card. */
  legacyNumber?: string;
  phone: string;
  major: SampleMajorKey;
  /** 1: first year, sits 初级; 2: second year, sits 中级. */
  yearsEnrolled: 1 | 2;
  /** The student's photo in the sample photo pack, and what is wrong with it (`PhotoCase`). */
  photo: PhotoCase;
  /** How the school's list gets this student wrong, if it does. */
  quirks: ListQuirk[];
}

type Spec = Pick<SampleStudent, 'name' | 'pinyin' | 'gender' | 'major' | 'yearsEnrolled'> & {
  quirks?: ListQuirk[];
  photo?: PhotoCase;
  /** Another document than a 身份证 of the default province. */
  document?: { type: 'permit'; region: string } | { type: Exclude<SampleStudent['documentType'], '身份证' | '港澳台居民居住证'>; number: string } | { type: 'legacy'; birth: string };
};

// Provinces of the demo 身份证 numbers, picked in turn: the school takes students from several.
const provinces = ['44', '43', '36', '45', '51', '65'];

function toStudent(spec: Spec, index: number): SampleStudent {
  const birth = `${spec.yearsEnrolled === 2 ? 2005 : 2006}${String((index % 12) + 1).padStart(2, '0')}${String((index % 27) + 1).padStart(2, '0')}`;
  const sequence = getDemoSequence(index, spec.gender);
  const province = provinces[index % provinces.length]!;
  const base = { name: spec.name, pinyin: spec.pinyin, gender: spec.gender, major: spec.major, yearsEnrolled: spec.yearsEnrolled, phone: makeDemoPhone(index + 1), photo: spec.photo ?? 'fine', quirks: spec.quirks ?? [] };
  const document = spec.document;
  if (!document) {
    const isX = base.quirks.includes('lowerCaseX');
    return { ...base, documentType: '身份证', documentNumber: isX ? findDemoResidentIdEndingInX(province, birth, sequence) : makeDemoResidentId(province, birth, sequence) };
  }
  switch (document.type) {
    case 'permit':
      return { ...base, documentType: '港澳台居民居住证', documentNumber: makeDemoResidencePermit(document.region, birth, sequence) };
    case 'legacy': {
      const { legacy, upgraded } = makeDemoLegacyId(province, document.birth, sequence);
      return { ...base, documentType: '身份证', documentNumber: upgraded, legacyNumber: legacy };
    }
    default:
      return { ...base, documentType: document.type, documentNumber: document.number };
  }
}

const specs: Spec[] = [
  { name: '欧阳晓彤', pinyin: 'Ouyang Xiaotong', gender: '女', major: 'ecommerce', yearsEnrolled: 1, photo: 'namedByName' },
  { name: '司马浩然', pinyin: 'Sima Haoran', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '上官婉清', pinyin: 'Shangguan Wanqing', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['documentTypeAlias'] },
  { name: '诸葛明远', pinyin: 'Zhuge Mingyuan', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '尉迟一鸣', pinyin: 'Yuchi Yiming', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '长孙静怡', pinyin: 'Zhangsun Jingyi', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['yearWithSuffix'] },
  { name: '单晓东', pinyin: 'Shan Xiaodong', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['spaceInName'] },
  { name: '曾乐乐', pinyin: 'Zeng Lele', gender: '女', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '解文博', pinyin: 'Xie Wenbo', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['misreadSurnamePinyin'] },
  { name: '区嘉欣', pinyin: 'Ou Jiaxin', gender: '女', major: 'ecommerce', yearsEnrolled: 1, photo: 'square' },
  { name: '仇思远', pinyin: 'Qiu Siyuan', gender: '男', major: 'ecommerce', yearsEnrolled: 1, photo: 'large' },
  { name: '朴敏智', pinyin: 'Piao Minzhi', gender: '女', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '查志强', pinyin: 'Zha Zhiqiang', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '覃海燕', pinyin: 'Qin Haiyan', gender: '女', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '盖俊杰', pinyin: 'Ge Junjie', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '乐天宇', pinyin: 'Yue Tianyu', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '黄单', pinyin: 'Huang Dan', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '阿依古丽·买买提', pinyin: 'Ayiguli Maimaiti', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['lookalikeDot'] },
  { name: '艾力·吐尔逊', pinyin: 'Aili Tuerxun', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '古丽娜尔·阿不都', pinyin: 'Gulinaer Abudu', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['customaryPinyin'] },
  { name: '吕思琪', pinyin: 'Lyu Siqi', gender: '女', major: 'ecommerce', yearsEnrolled: 1, photo: 'missing' },
  { name: '陈律', pinyin: 'Chen Lyu', gender: '男', major: 'ecommerce', yearsEnrolled: 1 },
  { name: '王𠮷', pinyin: 'Wang Ji', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['rareCharacter'] },
  { name: '王芳', pinyin: 'Wang Fang', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['formulaName'] },
  { name: '李静', pinyin: 'Li Jing', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['badChecksum'] },
  { name: '张敏', pinyin: 'Zhang Min', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['documentTypeMissing'] },
  { name: '刘婷婷', pinyin: 'Liu Tingting', gender: '女', major: 'ecommerce', yearsEnrolled: 1, photo: 'whiteBackground' },
  { name: '王强', pinyin: 'Wang Qiang', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['duplicateRow'] },
  { name: '李伟', pinyin: 'Li Wei', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['documentTypeAlias'] },
  { name: '张磊', pinyin: 'Zhang Lei', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['upperCasePinyin'] },
  { name: '刘洋', pinyin: 'Liu Yang', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['phoneWithCountryCode'] },
  { name: '陈杰', pinyin: 'Chen Jie', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['numberCell'] },
  { name: '杨帆', pinyin: 'Yang Fan', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['invisibleCharacter'] },
  { name: '黄涛', pinyin: 'Huang Tao', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['missingPhone'] },
  { name: '赵欣怡', pinyin: 'Zhao Xinyi', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['genderMismatch'] },
  { name: '周佳琪', pinyin: 'Zhou Jiaqi', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['sameNumberOtherPhone'] },
  { name: '吴梦瑶', pinyin: 'Wu Mengyao', gender: '女', major: 'ecommerce', yearsEnrolled: 1, quirks: ['lowerCaseX'] },
  { name: '孙浩', pinyin: 'Sun Hao', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['fullWidthDigits'] },
  { name: '马超', pinyin: 'Ma Chao', gender: '男', major: 'ecommerce', yearsEnrolled: 1, quirks: ['yearWithSuffix'] },
  { name: '徐诗涵', pinyin: 'Xu Shihan', gender: '女', major: 'ecommerce', yearsEnrolled: 1, photo: 'namedByName' },
  { name: '胡博文', pinyin: 'Hu Bowen', gender: '男', major: 'ecommerce', yearsEnrolled: 1, photo: 'missing' },
  { name: '林可欣', pinyin: 'Lin Kexin', gender: '女', major: 'ecommerce', yearsEnrolled: 2 },
  { name: '何俊', pinyin: 'He Jun', gender: '男', major: 'ecommerce', yearsEnrolled: 2 },
  { name: '郭美玲', pinyin: 'Guo Meiling', gender: '女', major: 'ecommerce', yearsEnrolled: 2, quirks: ['yearWithSuffix'] },
  { name: '高翔', pinyin: 'Gao Xiang', gender: '男', major: 'ecommerce', yearsEnrolled: 2 },
  { name: '朱晓燕', pinyin: 'Zhu Xiaoyan', gender: '女', major: 'ecommerce', yearsEnrolled: 2 },
  { name: '林志远', pinyin: 'Lin Zhiyuan', gender: '男', major: 'ecommerce', yearsEnrolled: 2 },
  { name: '陈嘉豪', pinyin: 'Chen Jiahao', gender: '男', major: 'crossBorder', yearsEnrolled: 1, document: { type: 'permit', region: '香港' } },
  { name: '何家乐', pinyin: 'He Jiale', gender: '男', major: 'crossBorder', yearsEnrolled: 1, document: { type: '港澳居民来往内地通行证', number: 'H00000050' } },
  { name: '林怡君', pinyin: 'Lin Yijun', gender: '女', major: 'crossBorder', yearsEnrolled: 1, document: { type: '台湾居民来往大陆通行证', number: '00000051' } },
  { name: 'NGUYEN THI LAN', pinyin: 'Nguyen Thi Lan', gender: '女', major: 'crossBorder', yearsEnrolled: 1, document: { type: '护照', number: 'C0000052' } },
  { name: '周宇航', pinyin: 'Zhou Yuhang', gender: '男', major: 'crossBorder', yearsEnrolled: 2 },
  { name: '杨雪', pinyin: 'Yang Xue', gender: '女', major: 'crossBorder', yearsEnrolled: 2, photo: 'missing' },
  { name: '吴俊豪', pinyin: 'Wu Junhao', gender: '男', major: 'crossBorder', yearsEnrolled: 2 },
  { name: '赵鹏', pinyin: 'Zhao Peng', gender: '男', major: 'marketing', yearsEnrolled: 1 },
  { name: '孙雨桐', pinyin: 'Sun Yutong', gender: '女', major: 'marketing', yearsEnrolled: 1 },
  { name: '刘建国', pinyin: 'Liu Jianguo', gender: '男', major: 'marketing', yearsEnrolled: 1, quirks: ['legacy15'], document: { type: 'legacy', birth: '19780512' } },
];

/** The sample school's students, in the order of the school's list. */
export const sampleStudents: readonly SampleStudent[] = specs.map(toStudent);
