/**
 * Who the site's 主考 is (手册 第四章 开头). Apart from the staffing rules so that a wizard
 * that only needs the name (the review request's contact) does not load the time arithmetic.
 */
import { siteRoles } from './facts';

/** Return the site's 主考 among the staff (手册 第四章 开头: one per site; the first when several were entered), or undefined. */
export function findChiefExaminer<T extends { role: string }>(staff: readonly T[]): T | undefined {
  const chiefRole = siteRoles.find((role) => role.key === 'chiefExaminer')!.name;
  return staff.find((member) => member.role.trim() === chiefRole);
}
