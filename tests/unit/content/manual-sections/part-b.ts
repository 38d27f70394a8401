/**
 * 第四章 考务组织, 第五章 证书发放 and 附件 1, section by section and point by point,
 * with the guide page and heading that covers each. 第四章 一 (考场条件) and 附件 1
 * (成绩复查表) are covered by the site and registration chapters: mapped to their
 * section headings, which follow the manual's own titles, and page-level below that.
 */
import type { ManualSection } from './types';

const requirements = '/site/requirements/';
const roomSetup = '/exam-day/room-setup/';
const duties = '/exam-day/duties/';
const process = '/exam-day/exam-process/';
const emergencies = '/exam-day/emergencies/#每种情况怎么处理';
const epidemic = '/exam-day/epidemic/#手册中的疫情防控管理办法';
const results = '/certificates/results/';
const stamp = '/certificates/stamp/';
const signing = '/certificates/signing/';
const issuing = '/certificates/issuing/';
const review = '/registration/score-review/';

/** One sub-point per item of a list, numbered from 1. */
const points = (ref: string, titles: readonly string[], coveredBy: string): ManualSection[] =>
  titles.map((title, i) => ({ ref: `${ref} ${i + 1}`, title, coveredBy }));

export const sections: ManualSection[] = [
  // 第四章 考务组织
  { ref: '第四章', title: '考务组织', coveredBy: `${duties}#每个考点要配哪些人` },
  { ref: '第四章 开头', title: '防疫要求与线下统一考试条件', coveredBy: '/exam-day/epidemic/' },
  { ref: '第四章 开头', title: '主考、副主考、工作人员、系统管理员、监考员和巡考员的人数', coveredBy: `${duties}#每个考点要配哪些人` },
  { ref: '第四章 一', title: '考场条件', coveredBy: requirements },
  { ref: '第四章 一（一）', title: '设施设备条件', coveredBy: `${requirements}#设施设备条件` },
  { ref: '第四章 一（一）1', title: '考核站点系统部署模式', coveredBy: requirements },
  ...points(
    '第四章 一（一）2 配置要求',
    ['服务器', '监考机', '考生机', '网络交换机', '无线屏蔽设备', '身份认证设备', '监控设备'],
    requirements,
  ),
  { ref: '第四章 一（二）', title: '场地条件', coveredBy: `${requirements}#场地条件` },
  ...points('第四章 一（二）', ['至少 40 个标准考位的机房', '考位相互独立、间距', '稳定供电'], requirements),
  { ref: '第四章 一（三）', title: '其他要求', coveredBy: `${requirements}#其他要求` },
  ...points(
    '第四章 一（三）',
    [
      '免费适应性模拟考试练习',
      '考试管理团队',
      '办公环境与机房',
      '组织架构与规章制度',
      '视频监考室等组织和服务机构场所',
      '广播、铃声信号和多媒体设备',
      '考试专用电话',
      '标示牌、横幅、公告通知栏、宣传教育栏',
      '引导指示标牌、封闭管理区域和警戒线',
      '专家工作组现场核查',
    ],
    requirements,
  ),
  { ref: '第四章 二', title: '考场整理细则', coveredBy: `${roomSetup}#考场整理细则` },
  ...points(
    '第四章 二',
    ['横幅', '考场分布图、标识和门贴', '物品存放处', '每考场人数、桌贴和草稿纸', '出入口警戒线', '组织和服务机构场所', '广播和铃声信号系统', '防作弊检测设备和信号屏蔽仪', '墙壁、地面、黑板和讲台'],
    `${roomSetup}#考场整理细则`,
  ),
  { ref: '第四章 二', title: '考点院校物料准备清单', coveredBy: `${roomSetup}#物料准备清单` },
  ...points(
    '第四章 二 物料准备清单',
    ['横幅', '准考证', '指示标识', '工作牌', '宣传教育等展架样式', '封条', '巡考情况记录表', '考场封场确认单', '考务人员承诺书', '桌贴、门贴', '考场签到表', '考场情况记录表', '监控视频', '草稿纸'],
    `${roomSetup}#物料准备清单`,
  ),
  { ref: '第四章 三', title: '考务人员职责', coveredBy: `${duties}#各岗位职责` },
  { ref: '第四章 三（一）', title: '主（副）考官', coveredBy: `${duties}#主副考官` },
  ...points('第四章 三（一）', ['主持考核工作', '监督检查并报告', '查处违纪行为', '指导考务工作人员和监考员'], `${duties}#主副考官`),
  { ref: '第四章 三（二）', title: '工作人员', coveredBy: `${duties}#工作人员` },
  ...points(
    '第四章 三（二）',
    ['组织考务、安排考场、选调人员', '培训与考前考务会议', '报名信息核验录入、考场整理和准考证打印', '考场布置与封场确认', '标识、表格、工作牌和考务用品', '统计缺考和违纪作弊', '考核信号、安保、医疗和后勤'],
    `${duties}#工作人员`,
  ),
  { ref: '第四章 三（三）', title: '监考人员', coveredBy: `${duties}#监考人员` },
  ...points(
    '第四章 三（三）',
    ['佩戴监考标志、组织入场和签到', '手机和无关物品', '开考后核对、开考后不得入场、记录表', '违纪处理', '坚守岗位和巡视', '中途暂离考场', '意外情况和更换考生机', '考生生病', '结束提醒、回收资料和密封上交'],
    `${duties}#监考人员`,
  ),
  { ref: '第四章 三（四）', title: '系统管理员', coveredBy: `${duties}#系统管理员` },
  ...points(
    '第四章 三（四）',
    ['平台安装调试和名单核对', '封场确认签字', '开考前开机', '开考前再次检查硬件', '考试期间在场'],
    `${duties}#系统管理员`,
  ),
  { ref: '第四章 三（五）', title: '巡考员', coveredBy: `${duties}#巡考员` },
  ...points(
    '第四章 三（五）',
    ['由鸿科经纬公司派遣', '巡考时间和巡视次数', '考前巡视和人员缺席', '检查监考和考场纪律', '延长考试时间', '调查研究和改进建议', '巡考情况记录表和资料收取'],
    `${duties}#巡考员`,
  ),
  { ref: '第四章 四', title: '考试流程', coveredBy: process },
  { ref: '第四章 四（一）', title: '考前准备', coveredBy: `${process}#考前准备` },
  { ref: '第四章 四（一）', title: '考场环境检查', coveredBy: `${process}#考场环境检查` },
  { ref: '第四章 四（一）', title: '考场封场确认', coveredBy: `${process}#考场封场确认` },
  { ref: '第四章 四（二）', title: '考核当天', coveredBy: `${process}#考核当天` },
  { ref: '第四章 四（二）', title: '考场检查', coveredBy: `${process}#考场检查` },
  { ref: '第四章 四（二）', title: '考前考务会', coveredBy: `${process}#考前考务会` },
  { ref: '第四章 四（二）', title: '考生进场', coveredBy: `${process}#考生进场` },
  { ref: '第四章 四（二）', title: '考核开始', coveredBy: `${process}#考核开始` },
  { ref: '第四章 三、四（二）', title: '考试当天的时间点（开考前后、结束前后）', coveredBy: `${process}#开考前后的时间点` },
  { ref: '第四章 四（三）', title: '考试结束', coveredBy: `${process}#考试结束` },
  { ref: '第四章 四（三）', title: '上传成绩', coveredBy: `${process}#上传成绩` },
  { ref: '第四章 四（三）', title: '资料整理、邮寄', coveredBy: `${process}#资料整理邮寄` },
  { ref: '第四章 四（三）4', title: '邮寄信息', coveredBy: `${process}#资料整理邮寄` },
  { ref: '第四章 五', title: '应急处理办法', coveredBy: emergencies },
  ...points(
    '第四章 五',
    ['不可抗力无法开考', '系统管理员或监考人员缺席', '考生询问考场', '硬件故障耽误时间', '突然停电', '题目或试卷有问题', '网络故障无法上传', '违纪、作弊', '考生突发疾病', '天灾、疫情无法考核', '其他突发情况'],
    emergencies,
  ),
  { ref: '第四章 六', title: '新冠肺炎疫情防控管理办法', coveredBy: epidemic },
  ...points(
    '第四章 六',
    ['考前 14 天', '自备口罩', '宣传教育和检测', '隔离考场、备用考场和候考监测区', '防控物资', '提前到达和入场', '不能进入考点的情形', '症状较重的考生', '虚假承诺和隐瞒', '与政府防控部门衔接'],
    epidemic,
  ),
  ...points(
    '第四章 六 7',
    ['接触过病例', '检测阳性', '拒不配合入口检测', '健康码', '现场测温', '隔离期和观察期人员'],
    epidemic,
  ),
  { ref: '第四章 六 注', title: '流行病学史', coveredBy: epidemic },
  // 第五章 证书发放
  { ref: '第五章', title: '证书发放', coveredBy: issuing },
  { ref: '第五章 开头', title: '在线审核签发证书与电子证书', coveredBy: signing },
  { ref: '第五章 开头', title: '凭证书编码和身份证号码查看证书', coveredBy: `${results}#学生怎样查成绩和证书` },
  { ref: '第五章 开头', title: '证书签发流程', coveredBy: `${signing}#签发的过程` },
  { ref: '第五章 一', title: '查看考证结果', coveredBy: results },
  { ref: '第五章 一', title: '考证结果的判定', coveredBy: `${results}#考证结果怎样判定` },
  ...points('第五章 一 查询步骤', ['查询时间', '查询地址', '查询方式'], `${results}#老师怎样查看`),
  { ref: '第五章 一 ①', title: '查看成绩', coveredBy: `${results}#老师怎样查看` },
  { ref: '第五章 一 ②', title: '查看考证结果', coveredBy: `${results}#老师怎样查看` },
  { ref: '第五章 一', title: '学生通过特色业务查成绩和证书', coveredBy: `${results}#学生怎样查成绩和证书` },
  { ref: '第五章 二', title: '上传和管理试点院校负责人签章', coveredBy: stamp },
  { ref: '第五章 二', title: '试点院校负责人账号', coveredBy: `${stamp}#谁的签名章谁来上传` },
  { ref: '第五章 二', title: '在试点院校管理中上传签名章', coveredBy: `${stamp}#上传步骤` },
  { ref: '第五章 二 注意事项 1', title: '只有一个考核站点负责人', coveredBy: `${stamp}#谁的签名章谁来上传` },
  { ref: '第五章 二 注意事项 2', title: '签名章图片要求', coveredBy: `${stamp}#签名章图片的要求` },
  { ref: '第五章 二 注意事项 3', title: '预览加盖效果', coveredBy: `${stamp}#注意事项` },
  { ref: '第五章 二 注意事项 4', title: '仅限确认签发时使用', coveredBy: `${stamp}#注意事项` },
  { ref: '第五章 二 注意事项 5', title: '电子签名章使用授权委托书', coveredBy: `${stamp}#注意事项` },
  { ref: '第五章 三', title: '证书签发', coveredBy: signing },
  { ref: '第五章 三', title: '双方在线签字确认', coveredBy: `${signing}#签发的过程` },
  { ref: '第五章 三', title: '单个签发', coveredBy: `${signing}#单个签发` },
  { ref: '第五章 三', title: '批量签发', coveredBy: `${signing}#批量签发` },
  ...points(
    '第五章 三 注意事项',
    ['审核按钮和批量确认签发', '微信扫码在线签字', '授权签发审核人', '在线签名不是签名章', '拒绝签发', '确认签发不可撤回'],
    `${signing}#签发前要知道`,
  ),
  { ref: '第五章 三 注意事项 5', title: '拒绝签发并写明理由', coveredBy: `${signing}#拒绝签发` },
  { ref: '第五章 四', title: '商定发证方式', coveredBy: `${issuing}#先商定发证方式` },
  { ref: '第五章 四', title: '纸质证书', coveredBy: `${issuing}#先商定发证方式` },
  { ref: '第五章 四', title: '电子证书', coveredBy: `${issuing}#先商定发证方式` },
  { ref: '第五章 四 1', title: '教师查看和下载证书', coveredBy: `${issuing}#怎样查看证书` },
  { ref: '第五章 四', title: '学生查看证书', coveredBy: `${issuing}#怎样查看证书` },
  // 附件 1
  { ref: '附件 1', title: '附件 1', coveredBy: review },
  { ref: '附件 1', title: '网店运营推广职业技能等级证书成绩复查表', coveredBy: `${review}#成绩复查表` },
  { ref: '附件 1 备注', title: '复查时间、提交方式和邮件命名', coveredBy: review },
  { ref: '附件 1', title: '成绩复查回执', coveredBy: review },
  // 第二章 3, also answered on the FAQ page.
  { ref: '第二章 3', title: '常见问题汇总', coveredBy: '/reference/faq/#常见问题' },
];
