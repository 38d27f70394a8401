/** The rows of the sample school's score export that it sends for review, as an .xlsx written at build time. */
import type { APIRoute } from 'astro';
import { toChinaDate } from '../../../domain/identity/rules';
import { xlsxMimeType } from '../../../domain/spreadsheet/facts';
import { writeScoreExportFile } from '../../../../wizards/demo/files/score-export-file';
import { buildSamplePlan } from '../../../../wizards/demo/sample-plan';
import {
  listReviewSittings,
  toScoreExportRows,
} from '../../../../wizards/demo/score-export';

export const GET: APIRoute = async () => {
  const { year } = buildSamplePlan(toChinaDate(new Date()));
  return new Response(
    await writeScoreExportFile(toScoreExportRows(listReviewSittings(year))),
    { headers: { 'Content-Type': xlsxMimeType } },
  );
};
