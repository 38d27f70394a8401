/**
 * Every message of the row checks, for an input that triggers it: what the user reads
 * must say what is really wrong with that input (issue 11: 1899 is out of range, not
 * "not a four-digit year").
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkRow, type RowCheckContext } from '../../../../src/domain/candidates/check-row';
import type { CandidateValues } from '../../../../src/domain/candidates/schema';
import { loadPinyinEngine } from '../../../../src/domain/pinyin/load';
import { makeId } from '../../../fixtures/candidates';

let context: RowCheckContext;
beforeAll(async () => {
  context = { pinyin: await loadPinyinEngine(), umlautStyle: 'lyu', today: new Date('2026-05-01T00:00:00+08:00') };
});

const maleId = makeId('440106', '20040512', 123);
const valid: CandidateValues = {
  name: '张三丰', pinyin: 'Zhang Sanfeng', gender: '男', documentType: '身份证', documentNumber: maleId,
  phone: '13800138000', enrolmentYear: '2023', educationLevel: '专科', major: '电子商务', majorCode: '530701',
};
const badChecksum = maleId.slice(0, 17) + (maleId[17] === '1' ? '2' : '1');

describe('checkRow messages', () => {
  test.each<{ input: string; values: Partial<CandidateValues>; messages: string[] }>([
    { input: '入学年份 1899', values: { enrolmentYear: '1899' }, messages: ['error enrolmentYear 入学年份不在可接受的范围内（1950–2027 年）｜请核对学生的入学年份'] },
    { input: '入学年份 2099', values: { enrolmentYear: '2099' }, messages: ['error enrolmentYear 入学年份不在可接受的范围内（1950–2027 年）｜请核对学生的入学年份'] },
    { input: '入学年份 23', values: { enrolmentYear: '23' }, messages: ['error enrolmentYear 入学年份应为四位数字的年份｜例如「2026」'] },
    { input: '入学年份 2001', values: { enrolmentYear: '2001' }, messages: ['warning enrolmentYear 入学年份早于 2016 年｜请核对是否填错'] },
    { input: 'an ID born in 1899', values: { documentNumber: makeId('440106', '18990512', 123) }, messages: ['error documentNumber 其中的出生日期「18990512」早于 1900 年｜请与学生的证件核对第 7–14 位'] },
    { input: 'an ID born on 2004-02-30', values: { documentNumber: makeId('440106', '20040230', 123) }, messages: ['error documentNumber 其中的出生日期「20040230」不是真实的日期｜请与学生的证件核对第 7–14 位'] },
    { input: 'an ID born after today', values: { documentNumber: makeId('440106', '20300512', 123) }, messages: ['error documentNumber 其中的出生日期「20300512」在今天之后｜请与学生的证件核对第 7–14 位'] },
    { input: 'a 15-digit ID with a date that does not exist', values: { documentNumber: '130503670431001' }, messages: ['error documentNumber 其中的出生日期「670431」不是真实的日期｜请与学生的证件核对第 7–12 位'] },
    { input: 'a 15-digit ID', values: { documentNumber: '130503670401001' }, messages: ['error documentNumber 这是 15 位的旧身份证号码｜平台需要 18 位号码；按国家标准升级后为「130503196704010016」，请与学生现在的身份证核对后采用'] },
    { input: 'an ID of an unknown region', values: { documentNumber: makeId('990106', '20040512', 123) }, messages: ['error documentNumber 开头的「99」不是任何省级行政区的代码｜请与学生的证件核对前两位'] },
    { input: 'a 居住证 with another address code', values: { documentType: '港澳台居民居住证', documentNumber: makeId('810100', '20040512', 123) }, messages: ['error documentNumber 港澳台居民居住证应以 810000、820000、830000 之一开头，这里是「810100」｜请核对证件类型和号码'] },
    { input: 'a 14-digit ID', values: { documentNumber: '44010620040512' }, messages: ['error documentNumber 证件号码的格式不对｜应为 18 位：17 位数字加 1 位数字或 X；请核对证件类型和号码'] },
    { input: 'a bad 港澳通行证', values: { documentType: '港澳居民来往内地通行证', documentNumber: 'X1234' }, messages: ['error documentNumber 证件号码的格式不对｜应为 H 或 M 开头，后跟 8 位数字（或 10 位）；请核对证件类型和号码'] },
    { input: 'a bad 台湾通行证', values: { documentType: '台湾居民来往大陆通行证', documentNumber: '123' }, messages: ['error documentNumber 证件号码的格式不对｜应为 8 位数字；请核对证件类型和号码'] },
    { input: 'a bad passport', values: { documentType: '护照', documentNumber: 'E1' }, messages: ['error documentNumber 证件号码的格式不对｜应为 5–17 位字母或数字；请核对证件类型和号码'] },
    { input: 'a bad checksum', values: { documentNumber: badChecksum }, messages: [`error documentNumber 最后一位校验码不对（按前 17 位计算应为「${maleId[17]}」）｜通常是某一位抄错了：请与学生的证件逐位核对，不要直接改最后一位`] },
    { input: 'an empty number', values: { documentNumber: '' }, messages: ['error documentNumber 必填项为空｜请补充填写'] },
    { input: 'an unknown gender', values: { gender: '未知' }, messages: ['error gender 性别只能是「男」或「女」｜请改为「男」或「女」'] },
    { input: 'a gender against the ID', values: { documentNumber: makeId('440106', '20040512', 124) }, messages: ['error gender 与证件号码第 17 位「4」（偶数为女）不一致｜请与学生核对性别和证件号码，改正错的一项'] },
    { input: 'a name with a digit', values: { name: '张3' }, messages: ['error name 姓名中有数字、符号或混杂的文字｜请只填写姓名本身；少数民族姓名用「·」分隔'] },
    { input: 'a foreign name', values: { name: 'John Smith', pinyin: 'John Smith' }, messages: ['warning name 这是外文姓名｜请与学生的证件核对拼写'] },
    { input: 'a formula name', values: { name: '=1+1' }, messages: ['error name 以 = + - @ 开头，表格程序会把它当作公式｜请删去开头的符号，只保留姓名或号码本身'] },
    { input: 'a ten-digit phone', values: { phone: '1380013800' }, messages: ['error phone 手机号码应为 11 位数字，以 13–19 开头｜请核对号码；不要填写座机号码或加国家代码'] },
    { input: 'pinyin without a space', values: { pinyin: 'Zhangsanfeng' }, messages: ['error pinyin 写法不对：应为全拼，姓和名用一个空格隔开，首字母大写｜例如「Zhang Sanfeng」'] },
    { input: 'pinyin unlike the name', values: { pinyin: 'Zhang Sanfen' }, messages: ['warning pinyin 与按姓名生成的「Zhang Sanfeng」不一致｜拼音会印在证书上：请与学生核对，确认无误可以保留'] },
    { input: 'a rare character and no pinyin', values: { name: '李𪚥', pinyin: '' }, messages: ['error name 「𪚥」不在拼音字库中，无法生成拼音｜请在「姓名拼音」中手工填写', 'error pinyin 必填项为空｜请手工填写姓名拼音'] },
    { input: 'a rare character with pinyin', values: { name: '李𪚥', pinyin: 'Li Ge' }, messages: ['warning pinyin 姓名中的「𪚥」不在拼音字库中，无法核对拼音｜请与学生的证件核对'] },
    { input: 'a ü name', values: { name: '吕布', pinyin: 'Lyu Bu' }, messages: ['warning pinyin 含 ü 的拼音按设置写作「Lyu、Nyu（护照写法）」｜平台要求的写法没有公布：请确认，或在设置中换一种写法'] },
    { input: 'a surname read two ways', values: { name: '乐嘉', pinyin: 'Yue Jia' }, messages: ['warning pinyin 姓氏「乐」按作姓时最常见的读音写作「Yue」，也有家庭读作 Le｜请与学生核对姓氏的拼音，确认无误可以保留'] },
    { input: 'a 17-character passport (nothing wrong)', values: { documentType: '护照', documentNumber: 'E1234567890123456' }, messages: [] },
    { input: 'a passport type with an ID number', values: { documentType: '护照' }, messages: ['error documentNumber 证件号码的格式不对｜应为 5–17 位字母或数字；请核对证件类型和号码', 'warning documentNumber 证件类型是护照，号码却像身份证号码｜请核对证件类型'] },
  ])('says what is wrong with $input', ({ values, messages }) => {
    const issues = checkRow({ ...valid, ...values }, context).issues;
    expect(issues.map((issue) => `${issue.severity} ${issue.column} ${issue.problem}｜${issue.fix}`)).toEqual(messages);
  });
});
