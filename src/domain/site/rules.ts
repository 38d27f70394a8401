import { certificate } from '../certificate/facts';
import { menus } from '../platform/facts';
import { siteApplicationNotes } from './facts';
import { checkRoomsAndMachines } from './readiness-machines';
import { checkEquipment, checkFacilities, checkOtherRequirements, checkTeam, checkVenue } from './readiness-site';
import type { ReadinessItem } from './readiness';
import type { ReadinessAnswers } from './schema';

/** Why a school may or may not apply for an exam site (手册 第二章 1 注意事项 ①②). */
export type SiteEligibility = { isEligible: true } | { isEligible: false; reason: 'notPilotSchool' | 'alreadyFiled'; message: string };

/** Decide whether a school may file a site application: pilot schools only, and only one site ever. */
export function judgeSiteEligibility(answers: { isPilotSchool: boolean; hasFiledBefore: boolean }): SiteEligibility {
  if (!answers.isPilotSchool) {
    return {
      isEligible: false,
      reason: 'notPilotSchool',
      message: `${siteApplicationNotes[0]}请先在「${menus.pilotApplication}」完成证书试点申报，至少一个证书审核通过、成为试点院校后再来申报。`,
    };
  }
  if (answers.hasFiledBefore) {
    return {
      isEligible: false,
      reason: 'alreadyFiled',
      message: `${siteApplicationNotes[1]}请在「${menus.examSite}」查看原来那条申报：未提交或审核退回时可以编辑后重新提交。`,
    };
  }
  return { isEligible: true };
}

/** Return the site name the platform generates: 院校名称 + 考核证书 (手册 第二章 1, 第三章 四 1.2 ⑧). */
export function formatSiteName(schoolName: string): string {
  return `${schoolName.trim()}${certificate.name}`;
}

/** Run the whole readiness self-check, in the manual's order: rooms and machines, equipment, venue, team, offices, others. */
export function checkReadiness(answers: ReadinessAnswers): ReadinessItem[] {
  return [
    ...checkRoomsAndMachines(answers),
    ...checkEquipment(answers),
    ...checkVenue(answers),
    ...checkTeam(answers),
    ...checkFacilities(answers),
    ...checkOtherRequirements(answers),
  ];
}
