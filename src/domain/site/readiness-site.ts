/** Readiness items for equipment, venue, team, facilities and other requirements (手册 第四章 一 (一) 2–(三)). */
import { siteTeam } from '../staffing/facts';
import {
  broadcastEquipment,
  equipment,
  identityFeatures,
  jammerFeatures,
  officeEquipment,
  otherRequirements,
  roomConditions,
  serviceRooms,
  surveillanceFeatures,
  seatSpacingChecklistCm,
  surveillanceMinimum,
  switchFeatures,
  venue,
} from './requirements';
import { judgeAtLeast, judgeRequired, notAnswered, type ReadinessItem } from './readiness';
import type { ReadinessAnswers } from './schema';

/** The checkable features of each piece of equipment, by its key in `equipment`. */
export const equipmentFeatures: Record<string, readonly string[]> = {
  switch: switchFeatures,
  jammer: jammerFeatures,
  identity: identityFeatures,
  surveillance: surveillanceFeatures,
};

/**
 * Other requirements (第四章 一 (三)) asked as one yes/no each, by index. The rest are checked
 * item by item elsewhere: 2 staffing (team), 3 offices and 5–6 rooms and devices (facilities);
 * 10 (on-site inspection) is information, not a condition.
 */
export const declaredRequirementIndexes = [0, 3, 6, 7, 8] as const;

/** Return one item per equipment feature, plus the surveillance channels and resolution. */
export function checkEquipment(answers: ReadinessAnswers): ReadinessItem[] {
  const items = equipment.flatMap((device) =>
    equipmentFeatures[device.key]!.map((feature, index) =>
      judgeRequired(
        { key: `equipment.${device.key}.${index}`, group: device.name, label: feature },
        '需要具备',
        (answers.equipment[device.key] ?? []).includes(feature),
        `配备满足“${feature}”的${device.name}（型号不限）`,
      ),
    ),
  );
  const group = equipment.find((device) => device.key === 'surveillance')!.name;
  const { channels, megapixels } = surveillanceMinimum;
  items.push(
    judgeAtLeast({ key: 'equipment.surveillance.channels', group, label: '监控路数' }, answers.surveillance.channels, { recommended: channels, minimum: channels, unit: ' 路', action: '增加到' }),
    // The manual counts in 万像素 (200 万像素); the answer is in megapixels (百万像素).
    judgeAtLeast({ key: 'equipment.surveillance.megapixels', group, label: '摄像头像素' }, toTenThousands(answers.surveillance.megapixels), { recommended: megapixels * 100, minimum: megapixels * 100, unit: ' 万像素' }),
  );
  return items;
}

/** Return megapixels as 万像素 (2 → 200), as the manual writes camera resolution. */
function toTenThousands(megapixels: number | null): number | null {
  return megapixels === null ? null : Math.round(megapixels * 100);
}

/**
 * Seat spacing, as the manual states it in two places: 第四章 一（二）2 asks for seats kept
 * apart, at least 1 m where conditions allow or separated another way; 四（一）考场环境检查
 * asks for 30–50 cm (考场整理细则). At 1 m or more: recommended. Separated another way,
 * or at least the checklist's 30 cm: meets the manual (minimum, with the 1 m as advice).
 * Closer than that and not separated: fails.
 */
function judgeSpacing(metres: number | null, hasOtherIsolation: boolean): ReadinessItem {
  const { minSeatSpacingMetres } = venue;
  const { min, max } = seatSpacingChecklistCm;
  const requirement = `条件允许时不小于 ${minSeatSpacingMetres} 米，或采取其它隔离方式；考前检查要求座位间距 ${min}–${max} 厘米`;
  const head = { key: 'venue.spacing', group: '场地条件', label: '考位间距', requirement };
  const distance = metres === null ? '间距未填写' : `间距 ${metres} 米`;
  if (metres !== null && metres >= minSeatSpacingMetres) return { ...head, found: distance, status: 'recommended', fix: null };
  const widen = `条件允许时把间距拉开到 ${minSeatSpacingMetres} 米以上`;
  if (hasOtherIsolation) return { ...head, found: `${distance}，已用其他方式隔离`, status: 'minimum', fix: widen };
  if (metres !== null && metres * 100 >= min) return { ...head, found: distance, status: 'minimum', fix: `${widen}，或加装隔板等其它隔离方式` };
  return { ...head, found: distance, status: 'fails', fix: `把座位间距拉开到至少 ${min} 厘米（条件允许时 ${minSeatSpacingMetres} 米以上），或加装隔板等其它隔离方式` };
}

/** At least 5 hours of power for every terminal (required); dual supply where conditions allow (recommended). */
function judgePower(hours: number | null, hasDualPower: boolean): ReadinessItem {
  const { minPowerHours } = venue;
  const head = { key: 'venue.power', group: '场地条件', label: '持续供电', requirement: `所有终端运行状态下持续供电不少于 ${minPowerHours} 小时；条件允许时采用双路供电` };
  if (hours === null || hours < minPowerHours) {
    return { ...head, found: hours === null ? notAnswered : `${hours} 小时`, status: 'fails', fix: `保证所有终端运行状态下持续供电不少于 ${minPowerHours} 小时（例如配备 UPS 电源）` };
  }
  const found = `${hours} 小时，${hasDualPower ? '双路供电' : '单路供电'}`;
  return hasDualPower ? { ...head, found, status: 'recommended', fix: null } : { ...head, found, status: 'minimum', fix: '条件允许时改为双路供电' };
}

/** Return the venue items: building conditions, seat spacing or isolation, and power. */
export function checkVenue(answers: ReadinessAnswers): ReadinessItem[] {
  const group = '场地条件';
  const { seatSpacingMetres, hasOtherIsolation, powerHours, hasDualPower } = answers.venue;
  const items = roomConditions.map((condition, index) =>
    judgeRequired({ key: `venue.condition.${index}`, group, label: '考场条件' }, condition, answers.venue.conditions.includes(condition), `整改到：${condition}`),
  );
  items.push(judgeSpacing(seatSpacingMetres, hasOtherIsolation), judgePower(powerHours, hasDualPower));
  return items;
}

/** Return one item per site-team role: enough people, all trained and examined by the organisation. */
export function checkTeam(answers: ReadinessAnswers): ReadinessItem[] {
  return siteTeam.map((role) => {
    const { count = null, trained = null } = answers.team[role.name] ?? {};
    const head = { key: `team.${role.name}`, group: '考试管理团队', label: role.name };
    const requirement = `至少 ${role.count} 名，经鸿科经纬培训并通过考试（${role.duty}）`;
    if (count === null) return { ...head, requirement, found: notAnswered, status: 'fails' as const, fix: `填写${role.name}人数` };
    const trainedCount = Math.min(trained ?? 0, count);
    const found = `${count} 名，其中 ${trainedCount} 名已培训并通过考试`;
    if (count < role.count) return { ...head, requirement, found, status: 'fails' as const, fix: `再配备 ${role.count - count} 名${role.name}，并参加鸿科经纬培训和考试` };
    if (trainedCount < role.count) {
      return { ...head, requirement, found, status: 'fails' as const, fix: `还需 ${role.count - trainedCount} 名${role.name}参加鸿科经纬培训并通过考试` };
    }
    return { ...head, requirement, found, status: 'meets' as const, fix: null };
  });
}

/** Return one item per office device, service room and broadcast device. */
export function checkFacilities(answers: ReadinessAnswers): ReadinessItem[] {
  const lists = [
    { group: '办公环境', names: officeEquipment },
    { group: '组织和服务场所', names: serviceRooms },
    { group: '广播与办公设备', names: broadcastEquipment },
  ];
  return lists.flatMap(({ group, names }) =>
    names.map((name) => judgeRequired({ key: `facility.${name}`, group, label: name }, '需要具备', answers.facilities.includes(name), `配备${name}`)),
  );
}

/**
 * Return the other requirements asked as yes/no. Only some are asked (the others are
 * checked elsewhere or need no answer), so each is labelled with its number in the
 * manual's list, which says why the numbers skip.
 */
export function checkOtherRequirements(answers: ReadinessAnswers): ReadinessItem[] {
  return declaredRequirementIndexes.map((index) =>
    judgeRequired(
      { key: `other.${index}`, group: '其他要求', label: `手册“其他要求”第 ${index + 1} 条` },
      otherRequirements[index]!,
      answers.otherRequirements.includes(index),
      `落实：${otherRequirements[index]!}`,
    ),
  );
}
