/**
 * 考场条件: what an exam site must have. 手册 第四章 一 (一)–(三).
 * Data only; the readiness check rules compare a school's answers with these.
 */
import type { EquipmentRequirement, MachineSpec } from './schema';

/** 手册 第四章 一 (一) 1: machines per exam room (all PCs). */
export const machinesPerRoom = { server: 1, proctor: 1, candidate: 40 } as const;

/** Software every proctor and candidate machine needs, recommended and minimum alike. */
const workstationSoftware = [
  'Windows7 以上操作系统',
  '火狐和谷歌浏览器',
  '全拼、简拼、微软拼音等中文输入法和英文输入法',
  'Dreamweaver CS6 和 Fireworks CS6 简体中文版',
  'AdobePhotoshop CS6 版本',
];

/** 手册 第四章 一 (一) 2 配置要求: each machine, recommended (建议配置) and minimum (最低配置). */
export const machineSpecs: readonly MachineSpec[] = [
  {
    key: 'server',
    name: '服务器',
    recommended: { cpuCores: 16, memoryGb: 32, diskGb: 500, diskRpm: 10000, network: '千兆网卡' },
    minimum: { cpuCores: 8, memoryGb: 16, diskGb: 500, diskRpm: 10000, network: '千兆网卡' },
    software: ['Windows Server 2008 R2 操作系统及 IIS7.5', 'Microsoft SQL Server 2005 数据库'],
    notes: ['考点机（服务器）要能接入互联网', '建议配备 1 台 UPS 电源', '固定 IP'],
  },
  {
    key: 'proctor',
    name: '监考机',
    recommended: { cpuCores: 2, cpuGhz: 3.0, memoryGb: 8, diskGb: 100, graphicsGb: 2, network: '千兆网卡' },
    minimum: { cpuCores: 2, cpuGhz: 3.0, memoryGb: 4, diskGb: 100, graphicsGb: 2, network: '千兆网卡' },
    software: workstationSoftware,
    notes: [],
  },
  {
    key: 'candidate',
    name: '考生机',
    recommended: { cpuCores: 2, cpuGhz: 3.0, memoryGb: 8, diskGb: 100, graphicsGb: 2, network: '千兆网卡' },
    minimum: { cpuCores: 2, cpuGhz: 3.0, memoryGb: 4, diskGb: 100, graphicsGb: 2, network: '千兆网卡' },
    software: workstationSoftware,
    notes: ['考试机符合标准的判断依据：键盘、鼠标、显示器工作正常', '考试机符合标准的判断依据：和服务器在同一局域网下'],
  },
];

/** 手册 第四章 一 (一) 2: equipment besides the machines, model not prescribed. */
export const equipment: readonly EquipmentRequirement[] = [
  { key: 'switch', name: '网络交换机', requirement: '千兆企业级交换机，型号不限，端口传输速率能自动适应 10/100/1000M。' },
  {
    key: 'jammer',
    name: '无线屏蔽设备',
    requirement:
      '具备实时全屏蔽，型号不限。支持对 2G/3G/4G 电信、联通、移动的全网屏蔽以及蓝牙、Wi-Fi2.4G 及 5.8G 的实时全屏蔽；支持对 100MHz-1.1GHz 频段的专业作弊设备，采用直接阻断方式；对各种制式的手机信号和蓝牙 Wi-Fi 信号，国家公开的对讲频段采用直接屏蔽方式。',
  },
  {
    key: 'identity',
    name: '身份认证设备',
    requirement: '身份验证设备，型号不限。支持活体指纹识别，支持 ID 号读取，支持二代证信息读取，包括照片、指纹等基本信息。',
  },
  {
    key: 'surveillance',
    name: '监控设备',
    requirement:
      '配备监控系统，型号不限。满足考核场地全覆盖，具备至少两路 200 万像素以上监控系统，能实现音视频实时监控、录像及回放、实时录制存储等功能。',
  },
];

/** 手册 第四章 一 (一) 2 监控设备: the measurable part. */
export const surveillanceMinimum = { channels: 2, megapixels: 2 } as const;

/** 手册 第四章 一 (二): venue conditions, with their measurable parts. */
export const venue = {
  minSeats: 40,
  /** "条件允许时": spacing is asked where conditions allow, or another way of separating seats. */
  minSeatSpacingMetres: 1,
  minPowerHours: 5,
  conditions: [
    '考场应设在至少具有 40 个标准考位的机房，考场设置相对集中，建筑、安全、照明、消防等设施符合国家有关标准。',
    '需保证考位相互独立，条件允许时每个考位之间的距离不得小于 1 米，或采取其它隔离方式保障考位的独立性。',
    '根据考试需要，考场应具有稳定的供电系统，条件允许时可采用双路供电系统以使考试不间断进行，需确保所有计算机等终端在运行状态下不少于 5 个小时的持续供电。',
  ],
} as const;

/**
 * 手册 第四章 四 (一) 考场环境检查 5 asks for 30–50 cm between seats, while 第四章 一 (二) 2
 * asks for at least 1 m where conditions allow. Both are shown to the user.
 */
export const seatSpacingChecklistCm = { min: 30, max: 50 } as const;

/** 手册 第四章 一 (三): other requirements, 1–10, in the manual's words. */
export const otherRequirements = [
  '须为该考点考生提供免费适应性模拟考试练习。',
  '考核站点应配备相应的考试管理团队，每个考核站点至少配备考试评价工作负责人 1 名、考务管理人员 2 名、系统管理员 1 名。考试评价工作负责人负责统筹、制定考核站点管理工作，考务管理人员负责开展、实施具体考务工作，系统管理员负责运行、维护考试系统。相关人员需经鸿科经纬培训并通过考试，方可开展考试工作。',
  '考核站点需拥有相应的办公环境，配有办公桌椅、保险柜、计算机、打印机、文件档案柜等办公设备；考核站点需配备不少于 1 个机房（共 40 个机位），能满足无纸化考试要求，并配备视频监控设施，具有良好的照明和通风条件，考场设置相对集中，建筑、安全、照明、消防等设施符合国家有关标准。',
  '考核站点应具有规范的组织架构和完备的规章制度，具有作为职业资格取证类考点经验，能够充分调动资源，提供考试评价所需的保障。',
  '具备视频监考室、考务室、保卫室、医务室、咨询服务室等组织和服务机构场所。',
  '具有完善的广播系统、铃声信号系统和多媒体播放、复印、打印等设备。',
  '配备考试专用电话，以便考试期间信息畅通。',
  '根据实际要求，设置含考试项目、考点名称的标示牌、横幅等，设置公告通知栏、宣传教育栏。主要内容：考点布局示意图和考场分布示意图、考试内容及时间表、考试注意事项、考生守则、应急疏散示意图等。',
  '在非涉密考试工作室（处）、场所、安全区域等明显位置张贴标志、设置引导指示标牌；划定考试封闭管理区域，设置出入口警戒线，考试时由安保人员值守。',
  '如有必要，鸿科经纬公司将组织专家工作组对考核站点进行现场核查（现场核查与初审结果如有不符可取消考核站点资质）。',
] as const;

/** 手册 第四章 一 (一) 2 网络交换机: the checkable parts. */
export const switchFeatures = ['千兆企业级交换机', '端口传输速率能自动适应 10/100/1000M'] as const;

/** 手册 第四章 一 (一) 2 无线屏蔽设备: what it must block. */
export const jammerFeatures = [
  '2G/3G/4G 电信、联通、移动的全网屏蔽',
  '蓝牙、Wi-Fi2.4G 及 5.8G 的实时全屏蔽',
  '100MHz-1.1GHz 频段的专业作弊设备直接阻断',
  '国家公开的对讲频段直接屏蔽',
] as const;

/** 手册 第四章 一 (一) 2 身份认证设备: what it must read. */
export const identityFeatures = ['活体指纹识别', 'ID 号读取', '二代证信息读取'] as const;

/** 手册 第四章 一 (一) 2 监控设备: what the system must do besides its channels and resolution. */
export const surveillanceFeatures = ['满足考核场地全覆盖', '音视频实时监控', '录像及回放', '实时录制存储'] as const;

/** 手册 第四章 一 (二) 1 and (三) 3: building conditions of the exam rooms. */
export const roomConditions = ['建筑、安全、照明、消防等设施符合国家有关标准', '良好的照明和通风条件', '考场设置相对集中'] as const;

/** 手册 第四章 一 (三) 3: office equipment of the site. */
export const officeEquipment = ['办公桌椅', '保险柜', '计算机', '打印机', '文件档案柜'] as const;

/** 手册 第四章 一 (三) 5: rooms for organisation and services. */
export const serviceRooms = ['视频监考室', '考务室', '保卫室', '医务室', '咨询服务室'] as const;

/** 手册 第四章 一 (三) 6: announcement and office devices. */
export const broadcastEquipment = ['广播系统', '铃声信号系统', '多媒体播放', '复印', '打印'] as const;
