/**
 * Student records in `menus.candidates`: the two kinds of candidate, the import
 * template (本校学生导入模板) and its values. 手册 第三章 三、三 1.
 */
import type { DocumentKind } from '../identity/schema';
import type { CandidateColumnKey, CandidateTypeFacts, ImportTemplate } from './schema';

/** 手册 第三章 三: the two lists a student can be in, and who belongs in each. */
export const candidateTypes: readonly CandidateTypeFacts[] = [
  {
    name: '院校考生',
    definition: '省厅批复的本年度试点专业考生，且报考人数不能超过本年度试点申报规模。',
  },
  {
    name: '社会考生',
    definition: '非本年度内试点专业考生、超出了试点专业规模考生、非试点院校考生及其他社会考生。',
  },
];

/**
 * 手册 第三章 三 1 (本校学生导入模板): title, notes rows, header row and the manual's
 * example row, character for character as the manual prints the template (its ASCII
 * commas and colons included): the generated file should look like the platform's own
 * template, so its text is copied, not corrected.
 */
export const candidateImportTemplate: ImportTemplate = {
  title: '本校学生导入模板',
  notesHeading: '注意说明:',
  notes: [
    '1. 学生姓名、姓名拼音、证件类型、证件号码、手机号码、入学年份、专业层次、就读专业、所属院校, 请按实际情况填写。',
    '2. 姓名拼音必须填写学生姓名的全拼, 这个后续会印刷在证书上, 一定要确保拼音准确, 填写时姓和名用空格隔开, 首字母大写, 例如: 张三丰, 拼音应该是: Zhang Sanfeng; 库尔班·热合曼, 拼音应该是: Kuerban Rehemani;',
    '3. 填写信息完成后, 点击批量导入功能, 自动导入到系统',
  ],
  columns: [
    { key: 'name', header: '学生姓名', isRequired: true, example: '张三' },
    { key: 'pinyin', header: '姓名拼音', isRequired: true, example: 'Zhang San' },
    { key: 'gender', header: '性别', isRequired: true, example: '男' },
    { key: 'documentType', header: '证件类型', isRequired: true, example: '身份证' },
    { key: 'documentNumber', header: '证件号码', isRequired: true, example: '370781XXXXXXXXX4581 (18位)' },
    { key: 'phone', header: '手机号码', isRequired: true, example: '191XXXXX7302 (11位)' },
    { key: 'enrolmentYear', header: '入学年份', isRequired: true, example: 'XXX' },
    { key: 'educationLevel', header: '专业层次', isRequired: true, example: '本科' },
    { key: 'major', header: '就读专业', isRequired: true, example: '试点专业' },
    { key: 'majorCode', header: '专业代码', isRequired: true, example: '试点专业代码' },
  ],
};

/** Marker the platform puts before a required column's header. */
export const requiredMarker = '*';

/** 性别 values of the template. */
export const genders = ['男', '女'] as const;

/**
 * 证件类型 values. 手册 第三章 三 1 ④ says the platform supports 港澳台 documents and
 * passports besides 身份证; the exact list the template accepts is not published
 * (DOMAIN.md: unverified), so these names follow the documents themselves.
 */
export const documentTypes = ['身份证', '港澳台居民居住证', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '护照'] as const;

/**
 * 证件类型 is this site's reading: 手册 第三章 三 1 ④ writes only 「港澳台身份证、护照」
 * beside 身份证 and the template's accepted spellings are not published. Shown with
 * any value kept outside `documentTypes`.
 */
export const documentTypeReading = '手册只写了身份证和「港澳台身份证、护照」，平台模板接受的证件类型写法没有公布；本站的 5 种写法按证件本身的名称';

/**
 * 专业层次 values. The manual's example shows only 本科; the platform's full list is
 * not published, so any value is accepted (one notice for the whole list, never a
 * per-row warning or a rejection).
 */
export const educationLevels = ['中职', '专科', '本科'] as const;

/**
 * Template columns whose allowed values the manual does not publish, with the values
 * usually seen and what the manual does show. A value outside `usual` is accepted and
 * written as it is; the list gets one notice naming every value it uses.
 */
export const unpublishedLists: Readonly<Partial<Record<CandidateColumnKey, { usual: readonly string[]; published: string }>>> = {
  educationLevel: { usual: educationLevels, published: '平台的专业层次列表没有公布（手册的模板示例只写了「本科」）' },
};

/** 手册 第三章 三 注意: a student is imported once, however many times they sit the exam. */
export const importOnceRule = '不管学生考试几次，考生信息都只要导入一次，不要重复导入。';

/**
 * 手册 第三章 三 3.2: once a student is 信息准确, these fields can no longer be
 * changed; once registered for an exam plan, only the organisation can change
 * that plan's copy, and only 姓名拼音 and 手机号.
 */
export const lockedWhenAccurate = ['姓名', '身份证号', '证件类型', '照片'] as const;
export const editableAfterRegistrationByOrganisation = ['姓名拼音', '手机号'] as const;

/** 手册 第三章 三 3.1: hours the police photo check takes, about. */
export const photoCheckHours = 24;

/**
 * Other names schools use for the template's columns, so a school's own export is
 * recognised (compared after removing spaces, `*` and brackets). DOMAIN: common
 * headers of Chinese student-record systems; an unknown header is mapped by the user.
 */
export const headerAliases: Readonly<Record<CandidateColumnKey, readonly string[]>> = {
  name: ['学生姓名', '姓名', '考生姓名', '学员姓名', '名字'],
  pinyin: ['姓名拼音', '拼音', '姓名全拼', '拼音姓名', '英文名'],
  gender: ['性别'],
  documentType: ['证件类型', '证件种类', '证件名称'],
  documentNumber: ['证件号码', '证件号', '身份证号', '身份证号码', '身份证', '公民身份号码', '身份证件号码'],
  phone: ['手机号码', '手机号', '手机', '联系电话', '电话', '联系方式', '电话号码'],
  enrolmentYear: ['入学年份', '入学年', '入学年度', '年级', '入学时间', '入学日期'],
  educationLevel: ['专业层次', '层次', '学历层次', '培养层次', '办学层次'],
  major: ['就读专业', '专业', '专业名称', '所学专业'],
  majorCode: ['专业代码', '专业编码', '专业编号'],
};

/** Columns the wizard can fill from other columns when a file lacks them (every fill is listed). */
export const derivableColumns: readonly CandidateColumnKey[] = ['pinyin', 'gender', 'documentType'];

/** Which identity rules each 证件类型 value follows. */
export const documentTypeKinds: Readonly<Record<(typeof documentTypes)[number], DocumentKind>> = {
  身份证: 'residentId',
  港澳台居民居住证: 'residencePermit',
  港澳居民来往内地通行证: 'hkMacauPermit',
  台湾居民来往大陆通行证: 'taiwanPermit',
  护照: 'passport',
};

/** Other ways schools write a 证件类型, and the template value each means. */
export const documentTypeAliases: Readonly<Record<string, (typeof documentTypes)[number]>> = {
  居民身份证: '身份证',
  二代身份证: '身份证',
  身份证号: '身份证',
  中国居民身份证: '身份证',
  港澳台居住证: '港澳台居民居住证',
  居住证: '港澳台居民居住证',
  港澳通行证: '港澳居民来往内地通行证',
  回乡证: '港澳居民来往内地通行证',
  台胞证: '台湾居民来往大陆通行证',
  台湾通行证: '台湾居民来往大陆通行证',
  中国护照: '护照',
  外国护照: '护照',
};

/** Other ways schools write 性别. */
export const genderAliases: Readonly<Record<string, (typeof genders)[number]>> = {
  男性: '男',
  男生: '男',
  女性: '女',
  女生: '女',
};

/** 入学年份: a plausible year lies within this many years before the current one, and at most this many after. */
export const enrolmentYearWindow = { yearsBefore: 10, yearsAfter: 1, earliest: 1950 } as const;

/**
 * Layout of the generated 本校学生导入模板, as the manual's screenshot shows it: the
 * 注意说明 heading and the three notes each on their own row across all columns,
 * then the header row, then one row per student. The example row is left out so it
 * is never imported as a student.
 */
export const importFileLayout = { notesFirstRow: 1, headerRow: 5, firstDataRow: 6, validationRows: 5000 } as const;

/** 手册 第三章 三 1 ②: the manual's pinyin examples (surname, a space, given name; each capitalised). */
export const pinyinExamples = [
  { name: '张三丰', pinyin: 'Zhang Sanfeng' },
  { name: '库尔班·热合曼', pinyin: 'Kuerban Rehemani' },
] as const;
