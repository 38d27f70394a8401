/** Readiness items for the exam rooms and their machines (手册 第四章 一 (一) 1–2, (二) 1). */
import { machineSpecs, machinesPerRoom, venue } from './requirements';
import { judgeAtLeast, judgeRecommendedOnly, judgeRequired, type ReadinessItem } from './readiness';
import type { Hardware, MachineAnswers, MachineSpec, ReadinessAnswers, RoomAnswers } from './schema';

/** Measured hardware attributes, in the order the manual lists them, with their Chinese names and units. */
export const hardwareAttributes: { key: keyof Hardware & keyof MachineAnswers; label: string; unit: string }[] = [
  { key: 'cpuCores', label: 'CPU 核数', unit: ' 核' },
  { key: 'cpuGhz', label: 'CPU 主频', unit: ' GHz' },
  { key: 'memoryGb', label: '内存', unit: ' GB' },
  { key: 'diskGb', label: '硬盘容量', unit: ' GB' },
  { key: 'diskRpm', label: '硬盘转速', unit: ' 转/分' },
  { key: 'graphicsGb', label: '独立显卡显存', unit: ' GB' },
];

/** The manual marks advice with 建议 (e.g. 建议配备 1 台 UPS 电源); other notes are requirements. */
const isAdvice = (note: string) => note.startsWith('建议');

/** Return the items for one kind of machine, judged on its weakest unit. */
export function checkMachine(spec: MachineSpec, answers: MachineAnswers): ReadinessItem[] {
  const group = spec.name;
  const items: ReadinessItem[] = [];
  for (const attribute of hardwareAttributes) {
    const minimum = spec.minimum[attribute.key];
    const recommended = spec.recommended[attribute.key];
    if (typeof minimum !== 'number' || typeof recommended !== 'number') continue;
    const head = { key: `machine.${spec.key}.${attribute.key}`, group, label: attribute.label };
    items.push(judgeAtLeast(head, answers[attribute.key], { recommended, minimum, unit: attribute.unit }));
  }
  items.push(
    judgeRequired({ key: `machine.${spec.key}.network`, group, label: '网卡' }, spec.minimum.network, answers.hasGigabitNetwork, `换装${spec.minimum.network}`),
  );
  spec.software.forEach((software, index) => {
    const head = { key: `machine.${spec.key}.software.${index}`, group, label: '预装软件' };
    items.push(judgeRequired(head, software, answers.software.includes(software), `预装 ${software}`));
  });
  spec.notes.forEach((note, index) => {
    const head = { key: `machine.${spec.key}.note.${index}`, group, label: '备注' };
    const holds = answers.notes.includes(note);
    items.push(isAdvice(note) ? judgeRecommendedOnly(head, note, holds, note) : judgeRequired(head, note, holds, `做到：${note}`));
  });
  return items;
}

/** Return the items for one room: seats and machines per room. */
export function checkRoom(room: RoomAnswers, index: number): ReadinessItem[] {
  const group = `考场：${room.name.trim() || `第 ${index + 1} 个考场`}`;
  const key = (part: string) => `room.${index}.${part}`;
  const counts = [
    { part: 'seats', label: '标准考位', value: room.seats, minimum: venue.minSeats, unit: ' 个' },
    { part: 'servers', label: '服务器', value: room.servers, minimum: machinesPerRoom.server, unit: ' 台' },
    { part: 'proctorMachines', label: '监考机', value: room.proctorMachines, minimum: machinesPerRoom.proctor, unit: ' 台' },
    { part: 'candidateMachines', label: '考生机（PC）', value: room.candidateMachines, minimum: machinesPerRoom.candidate, unit: ' 台' },
  ];
  return counts.map(({ part, label, value, minimum, unit }) =>
    judgeAtLeast({ key: key(part), group, label }, value, { recommended: minimum, minimum, unit, action: '增加到' }),
  );
}

/** Return the items for all rooms and all machine kinds; a site without any room fails at once. */
export function checkRoomsAndMachines(answers: ReadinessAnswers): ReadinessItem[] {
  const roomItems = answers.rooms.length
    ? answers.rooms.flatMap(checkRoom)
    : [judgeRequired({ key: 'room.none', group: '考场', label: '考场数量' }, `至少 1 个机房（共 ${machinesPerRoom.candidate} 个机位）`, false, '添加至少一个考场')];
  return [...roomItems, ...machineSpecs.flatMap((spec) => checkMachine(spec, answers.machines[spec.key]))];
}
