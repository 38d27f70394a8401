import { processBlocks } from '../domain/exam-day/process';
import { machinesPerRoom } from '../domain/site/requirements';
import type { ChecklistItem } from './Checklist.astro';

/** The 考前准备 block whose checks are the technical side of getting a room ready. */
const sealingBlockName = '考场封场确认';

/**
 * Return the room-readiness checks for 考试平台安装与机房调试: preparing the room and
 * the technical contact (手册 第三章 十), remote installation and practice, then the
 * manual's 考场封场确认 checks (第四章 四 (一)), each with who is responsible.
 */
export function listInstallChecklist(): ChecklistItem[] {
  const sealing = processBlocks.find((block) => block.name === sealingBlockName);
  if (!sealing) throw new Error(`No process block named ${sealingBlockName}`);
  return [
    { text: `每个考场备好服务器 ${machinesPerRoom.server} 台、监考机 ${machinesPerRoom.proctor} 台、考生机 ${machinesPerRoom.candidate} 台，达到考场条件的配置`, who: '考点负责人' },
    { text: '确定考点技术对接人，并把联系方式告知鸿科经纬公司技术人员', who: '考点负责人' },
    { text: '配合鸿科经纬公司技术人员远程安装部署考试平台', who: '系统管理员' },
    { text: '安装完成后组织考生模拟训练，熟悉考试平台操作和环境', who: '考点老师' },
    ...sealing.items.map((text) => ({ text, who: sealing.who })),
  ];
}
