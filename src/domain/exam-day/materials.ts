/**
 * 考点院校物料准备清单 (手册 第四章 二, "仅供参考，院校可根据实际情况准备") and
 * 考场整理细则 1–9 (手册 第四章 二), in the manual's words with its punctuation made
 * full-width and its company voice (我司) named.
 */
import type { MaterialItem } from './schema';

/**
 * The 14 materials, with how their quantity is counted. `per` says what one unit
 * is counted against; `copies` how many per unit; `unit` the word the 说明 column
 * counts it in (一条, 一份, 一个 …).
 */
export const materials: readonly MaterialItem[] = [
  { key: 'banner', name: '横幅', rule: '每个考场一条', note: '可用电子横幅或打印版条幅', per: 'room', copies: 1, unit: '条' },
  {
    key: 'admissionTicket',
    name: '准考证',
    rule: '理论、实操各一份（准考证号相同）',
    note: '通过 1+X 职业技能等级证书平台下载',
    per: 'candidateSubject',
    copies: 1,
    unit: '份',
  },
  { key: 'signs', name: '指示标识', rule: '总计 4 种，根据实际情况制作', note: '详见《考务工作手册》', per: 'kind', copies: 4, unit: '种' },
  {
    key: 'badges',
    name: '工作牌',
    rule: '总计 6 种，根据考务人员人数制作',
    // The manual gives the number of kinds, not the kinds: our reading, shown as such.
    note: '详见《考务工作手册》。手册没有写是哪几种；“例”一栏按考试当天的各个岗位计算，是本站的理解。',
    per: 'staffMember',
    copies: 1,
    unit: '个',
  },
  { key: 'posters', name: '宣传教育等展架样式', rule: '总计 5 种，根据实际情况制作', note: '详见《考务工作手册》', per: 'kind', copies: 5, unit: '种' },
  { key: 'seals', name: '封条', rule: '每个考场一个', note: '详见《考务工作手册》', per: 'room', copies: 1, unit: '个' },
  { key: 'inspectionRecord', name: '巡考情况记录表', rule: '整个考点 2 份，一份上交，一份留档', per: 'site', copies: 2, unit: '份' },
  { key: 'sealingConfirmation', name: '考场封场确认单', rule: '整个考点 2 份，一份上交，一份留档', per: 'site', copies: 2, unit: '份' },
  {
    key: 'staffPledge',
    name: '考务人员承诺书',
    rule: '整个考点 2 份或每人签署 2 份均可，一份上交，一份留档',
    note: '建议一张表格签所有考务人员姓名',
    per: 'site',
    copies: 2,
    unit: '份',
  },
  { key: 'deskAndDoorLabels', name: '桌贴、门贴', rule: '每场的理论、实操考试各 1 份', per: 'roomSession', copies: 1, unit: '份' },
  { key: 'signInSheet', name: '考场签到表', rule: '每场的理论、实操考试各 2 份，一份上交，一份留档', per: 'roomSession', copies: 2, unit: '份' },
  { key: 'roomRecord', name: '考场情况记录表', rule: '每场的理论、实操考试各 2 份，一份上交，一份留档', per: 'roomSession', copies: 2, unit: '份' },
  {
    key: 'surveillanceVideo',
    name: '监控视频',
    rule: '整个考点 2 份，一份上交，一份留档（提前确定备份方式：可用 U 盘、刻光盘，或请鸿科经纬公司技术人员把录像上传到云盘）',
    note: '命名方式“考试时间+考核站点+考场名称”，例如“20200630某某学院2号楼102”',
    per: 'site',
    copies: 2,
    unit: '份',
  },
  {
    key: 'scratchPaper',
    name: '草稿纸',
    rule: '与考点材料留存即可，不需要交回；按照考生名单人数+5%数量准备',
    per: 'candidatePlusMargin',
    copies: 1,
    unit: '张',
  },
];

/** 手册 第四章 二, heading of 考点院校物料准备清单: the list is advice, not a rule. */
export const materialsListNote = '仅供参考，院校可根据实际情况准备';

/**
 * How a 考场 is counted for every item the manual counts per 考场 (横幅, 封条, 桌贴、门贴,
 * 签到表, 考场情况记录表, 草稿纸): one room holding two levels on one day counts twice. The
 * manual does not speak of this case; counting this way can only prepare more, never less.
 */
export const roomCountReading = '本站按“考场 × 级别”计数：同一间教室考两个级别时算两个考场（横幅写明级别）。手册没有说明这种情况，这样计数只会多备，不会少备。';

/** 手册 第四章 二 10 (桌贴、门贴 各 1 份): what one 份 is, for one room and one session. */
export const labelSetContents = '每份为 1 张门贴和每个座位 1 张桌贴';

/** 手册 第四章 二 4: scratch paper is the candidate list plus this share, rounded up. */
export const scratchPaperMargin = 0.05;

/** 手册 第四章 二 1–9: how a room is prepared. */
export const roomSetupRules = [
  '考场应悬挂横幅，横幅内容：“1+X 网店运营推广职业技能等级证书（初级/中级/高级）考试”。',
  '应设置明显的考场分布图、考场标识和路线标志牌，张贴考场分布图、《考核内容及时间表》（见附件1）《考生守则》等；考场门口应贴有考场门贴。',
  '考场需粘贴物品存放处标识，考生进场后必须将随身物品放至指定地点，如不配合一律不允许参加考试。',
  '原则上每考场 40 人，单人单机位，考场内的机器上应粘贴与考生信息相对应的桌贴并按照考生名单人数+5%数量准备草稿纸。',
  '考场应设置出入口警戒线，考核时由安保人员值守。',
  '考场应设置视频监考室、考务办公室、保卫室、医务室、咨询服务室等组织机构和服务机构场所。',
  '考场应具有完善的广播系统、铃声信号系统和多媒体播放、复印、打印等设备。',
  '考场应安装防范现代科技手段作弊的相关检查检测设备，安装信号屏蔽仪。',
  '墙壁、地面、黑板干净整洁，讲台干净无杂物，讲桌上只保留一盒粉笔，一个黑板擦，放于讲台右侧边缘。',
] as const;

/** 手册 第四章 四 (三) 资料整理、邮寄: where one copy of the paperwork is posted. */
export const mailingAddress = {
  address: '北京市石景山区玉泉路 63 号远洋时代广场 316 室',
  recipient: '何海阳',
  phones: ['010-59226329', '13501289641'],
} as const;

/** 手册 第四章 四 (三) 3: paperwork kept in two copies: one stays, one is posted. */
export const paperworkToMail = ['《巡考情况记录表》', '《考场签到表》', '《考场情况记录表》', '《考场封场确认单》', '考务人员承诺书', '草稿纸（根据实际情况）'] as const;
