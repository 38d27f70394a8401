/** The sample school's score export as an .xlsx, written at build time (its 准考证号 carry the demo's exam year). */
import type { APIRoute } from 'astro';
import { toChinaDate } from '../../../domain/identity/rules';
import { xlsxMimeType } from '../../../domain/spreadsheet/facts';
import { writeScoreExportFile } from '../../../../wizards/demo/files/score-export-file';
import { buildSamplePlan } from '../../../../wizards/demo/sample-plan';
import {
  listSampleSittings,
  toScoreExportRows,
} from '../../../../wizards/demo/score-export';

export const GET: APIRoute = async () => {
  const { year } = buildSamplePlan(toChinaDate(new Date()));
  return new Response(
    await writeScoreExportFile(toScoreExportRows(listSampleSittings(year))),
    { headers: { 'Content-Type': xlsxMimeType } },
  );
};
