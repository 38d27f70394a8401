import type { SearchExpectation } from './types';

const roomSetup = '/exam-day/room-setup/';
const duties = '/exam-day/duties/';
const process = '/exam-day/exam-process/';
const emergencies = '/exam-day/emergencies/';
const epidemic = '/exam-day/epidemic/';
const results = '/certificates/results/';
const stamp = '/certificates/stamp/';
const signing = '/certificates/signing/';
const issuing = '/certificates/issuing/';
const glossary = '/reference/glossary/';
const faq = '/reference/faq/';
const publishing = '/reference/publishing/';

/** Terms for 考务组织, 证书发放 and the reference pages, synonyms as their own terms. */
export const terms: SearchExpectation[] = [
  // 考场布置与物料准备
  { term: '考场整理细则', page: roomSetup },
  { term: '考场布置', page: roomSetup },
  { term: '物料', page: roomSetup },
  { term: '横幅', page: roomSetup },
  { term: '封条', page: roomSetup },
  { term: '草稿纸', page: roomSetup },
  { term: '桌贴', page: roomSetup },
  { term: '桌签', page: roomSetup },
  { term: '门贴', page: roomSetup },
  { term: '签到表', page: roomSetup },
  { term: '考场签到表', page: roomSetup },
  { term: '工作牌', page: roomSetup },
  { term: '物品存放处', page: roomSetup },
  { term: '座位间距', page: roomSetup },
  // 考务人员职责
  { term: '考务人员职责', page: duties },
  { term: '考务人员', page: duties },
  { term: '监考', page: duties },
  { term: '监考员', page: duties },
  { term: '监考人员', page: duties },
  { term: '监考老师', page: duties },
  { term: '主考', page: duties },
  { term: '主考官', page: duties },
  { term: '副主考', page: duties },
  { term: '巡考', page: duties },
  { term: '巡考员', page: duties },
  { term: '系统管理员', page: duties },
  { term: '工作人员', page: duties },
  { term: '监考标志', page: duties },
  { term: '考场情况记录表', page: duties },
  // 考试流程
  { term: '考试流程', page: process },
  { term: '考前准备', page: process },
  { term: '考前考务会', page: process },
  { term: '封场', page: process },
  { term: '开考前', page: process },
  { term: '考生进场', page: process },
  { term: '考试当天', page: process },
  { term: '迟到', page: process },
  { term: '开机', page: process },
  { term: '备用机', page: process },
  { term: '流程', page: process },
  { term: '上传成绩', page: process },
  { term: '邮寄', page: process },
  { term: '考务人员承诺书', page: process },
  // 应急处理
  { term: '应急', page: emergencies },
  { term: '停电', page: emergencies },
  { term: '作弊', page: emergencies },
  { term: '违纪', page: emergencies },
  { term: '舞弊', page: emergencies },
  { term: '突发疾病', page: emergencies },
  { term: '候考室', page: emergencies },
  { term: '备用试卷', page: emergencies },
  { term: '延时', page: emergencies },
  { term: '延长考试时间', page: emergencies },
  // 疫情防控（历史）
  { term: '疫情', page: epidemic },
  { term: '新冠', page: epidemic },
  { term: '健康码', page: epidemic },
  { term: '流行病学史', page: epidemic },
  // 证书发放
  { term: '考证结果', page: results },
  { term: '特色业务', page: results },
  { term: '证书编码', page: results },
  { term: '学生查证书', page: results },
  { term: '签名章', page: stamp },
  { term: '签章', page: stamp },
  { term: '授权委托书', page: stamp },
  { term: '签发', page: signing },
  { term: '批量签发', page: signing },
  { term: '拒绝签发', page: signing },
  { term: '签发审核人', page: signing },
  { term: '微信扫码', page: signing },
  { term: '纸质证书', page: issuing },
  { term: '电子证书', page: issuing },
  { term: '电子公章', page: issuing },
  { term: '发证方式', page: issuing },
  // 参考
  { term: '术语', page: glossary },
  { term: '同义词', page: glossary },
  { term: '复核', page: glossary },
  { term: '常见问题', page: faq },
  { term: '常见错误', page: faq },
  // 发布到学校的网站服务器
  { term: '部署', page: publishing },
  { term: '发布包', page: publishing },
  { term: '网站服务器', page: publishing },
  { term: 'nginx', page: publishing },
  { term: 'IIS', page: publishing },
  { term: '网络管理员', page: publishing },
  { term: '更新版本', page: publishing },
];
