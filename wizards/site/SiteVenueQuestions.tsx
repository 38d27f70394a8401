/** Screens for equipment, venue, team, and offices with the other requirements. */
import { equipment, seatSpacingChecklistCm, venue, roomConditions, officeEquipment, serviceRooms, broadcastEquipment, otherRequirements, surveillanceMinimum } from '../../src/domain/site/requirements';
import { declaredRequirementIndexes, equipmentFeatures } from '../../src/domain/site/readiness-site';
import { siteTeam } from '../../src/domain/staffing/facts';
import { NumberField, TickList, YesNoTick, type SiteQuestionProps } from './site-fields';

const ticks = (items: readonly string[]) => items.map((item) => ({ value: item, label: item }));

/** Switch, jammer, identity device and surveillance: what each can do. */
export function EquipmentQuestions(props: SiteQuestionProps) {
  return (
    <>
      <p>型号不限，勾选设备已经具备的功能。</p>
      {equipment.map((device) => (
        <TickList key={device.key} {...props} path={`equipment.${device.key}`} legend={device.name} hint={device.requirement} items={ticks(equipmentFeatures[device.key]!)} />
      ))}
      <NumberField {...props} path="surveillance.channels" label="监控路数" unit="路" hint={`至少 ${surveillanceMinimum.channels} 路`} />
      <NumberField {...props} path="surveillance.megapixels" label="摄像头像素" unit="百万像素" hint={`至少 ${surveillanceMinimum.megapixels} 百万像素（${surveillanceMinimum.megapixels * 100} 万像素）`} />
    </>
  );
}

/** Building, seat spacing and power. */
export function VenueQuestions(props: SiteQuestionProps) {
  return (
    <>
      <TickList {...props} path="venue.conditions" legend="考场条件" hint="勾选已经做到的。" items={ticks(roomConditions)} />
      <NumberField
        {...props}
        path="venue.seatSpacingMetres"
        label="考位之间的距离"
        unit="米"
        hint={`${venue.conditions[1]} 考场环境检查时要求考位之间相隔 ${seatSpacingChecklistCm.min}–${seatSpacingChecklistCm.max} 厘米，两条都请照顾到。`}
      />
      <YesNoTick {...props} path="venue.hasOtherIsolation" label="考位之间有隔板或其他隔离方式" />
      <NumberField {...props} path="venue.powerHours" label="所有计算机运行时能持续供电的时间" unit="小时" hint={venue.conditions[2]} />
      <YesNoTick {...props} path="venue.hasDualPower" label="采用双路供电" />
    </>
  );
}

/** The site's standing exam team. */
export function TeamQuestions(props: SiteQuestionProps) {
  return (
    <>
      <p>{otherRequirements[1]}</p>
      {siteTeam.map((role) => (
        <fieldset class="wizard-fieldset site-role" key={role.name}>
          <legend class="wizard-legend">
            {role.name}（至少 {role.count} 名）
          </legend>
          <NumberField {...props} path={`team.${role.name}.count`} label={`${role.name}人数`} />
          <NumberField {...props} path={`team.${role.name}.trained`} label="其中已经鸿科经纬培训并通过考试的人数" />
        </fieldset>
      ))}
    </>
  );
}

/** Offices, service rooms, devices, and the other requirements asked as yes/no. */
export function FacilityQuestions(props: SiteQuestionProps) {
  return (
    <>
      <TickList {...props} path="facilities" idPrefix="facilities-office" legend="办公设备" items={ticks(officeEquipment)} />
      <TickList {...props} path="facilities" idPrefix="facilities-rooms" legend="组织和服务场所" items={ticks(serviceRooms)} />
      <TickList {...props} path="facilities" idPrefix="facilities-devices" legend="广播与办公设备" items={ticks(broadcastEquipment)} />
      <TickList {...props} path="otherRequirements" legend="其他要求" hint="勾选已经做到的。" items={declaredRequirementIndexes.map((index) => ({ value: index, label: otherRequirements[index] }))} />
      <p class="wizard-hint">{otherRequirements[9]}</p>
    </>
  );
}
