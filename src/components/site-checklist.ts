import { equipment, machineSpecs, machinesPerRoom, otherRequirements, venue } from '../domain/site/requirements';
import type { ChecklistItem } from './Checklist.astro';
import { listSpecRows } from './machine-spec-rows';

/**
 * Return the 考场条件 as tick-box lines for a printed self-check: machines per room,
 * each machine's minimum configuration and software, the other equipment, the
 * venue and the other requirements, in the manual's order.
 */
export function listSiteChecklist(): ChecklistItem[] {
  const machineNames = Object.fromEntries(machineSpecs.map((spec) => [spec.key, spec.name]));
  const perRoom = (Object.keys(machinesPerRoom) as Array<keyof typeof machinesPerRoom>)
    .map((key) => `${machineNames[key]} ${machinesPerRoom[key]} 台`)
    .join('、');
  return [
    { text: `每个考场至少配备${perRoom}（均为 PC 机）`, who: '系统管理员' },
    ...machineSpecs.flatMap((spec) => [
      {
        text: `${spec.name}不低于最低配置：${listSpecRows(spec)
          .map((row) => `${row.label} ${row.minimum}`)
          .join('；')}`,
        who: '系统管理员',
      },
      { text: `${spec.name}已预装：${spec.software.join('；')}`, who: '系统管理员' },
      ...spec.notes.map((note) => ({ text: `${spec.name}：${note}`, who: '系统管理员' })),
    ]),
    ...equipment.map((item) => ({ text: `${item.name}：${item.requirement}`, who: '系统管理员' })),
    ...venue.conditions.map((text) => ({ text, who: '考点负责人' })),
    ...otherRequirements.map((text) => ({ text, who: '考点负责人' })),
  ];
}
