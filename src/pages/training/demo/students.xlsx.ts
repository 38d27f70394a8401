/** The sample school's student list as an .xlsx, written at build time (its 入学年份 count back from the demo's exam year). */
import type { APIRoute } from 'astro';
import { toChinaDate } from '../../../domain/identity/rules';
import { writeSchoolListFile } from '../../../../wizards/demo/files/school-list-file';
import { buildSamplePlan } from '../../../../wizards/demo/sample-plan';
import { buildSchoolList } from '../../../../wizards/demo/school-list';
import { xlsxMimeType } from '../../../domain/spreadsheet/facts';

export const GET: APIRoute = async () => {
  const { year } = buildSamplePlan(toChinaDate(new Date()));
  const bytes = await writeSchoolListFile(buildSchoolList(year));
  return new Response(bytes, { headers: { 'Content-Type': xlsxMimeType } });
};
