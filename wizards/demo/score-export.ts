/**
 * The sample school's scores as the platform exports them from 「成绩管理」 (one row per
 * candidate and subject: 序号, 姓名, 证件号码, 准考证号, 科目名称, 成绩; the columns the
 * score readers take, src/domain/scores/score-export.ts), for the students the
 * registration wizard enrols (those with a photo). Scores are invented but steady: most
 * pass, a few fall short in one subject, and two students are shown 缺考 in 理论 although
 * they sat it, the case the school sends for review. The file itself is written at build
 * time (files/score-export-file.ts).
 */
import type { Level } from '../../src/domain/certificate/schema';
import { buildSampleEnrolments } from './sample-exam-run';
import { sampleStudents } from './sample-students';

/** Header of the platform's score export, in its order. */
export const scoreExportHeaders = [
  '序号',
  '姓名',
  '证件号码',
  '准考证号',
  '科目名称',
  '成绩',
] as const;

/** What the export shows for a subject the candidate is recorded absent from. */
const absent = '缺考';

/** How many enrolled students, from the first, the export shows 缺考 in 理论 although they sat it (the review's students). */
export const wronglyAbsentCount = 2;

/** One candidate's sitting: who, and the two subjects' scores as the export writes them. */
export interface SampleSitting {
  name: string;
  documentNumber: string;
  ticketNumber: string;
  level: Level;
  theory: string;
  practical: string;
}

/** Return a passing score, 60 to 99, that varies from one student to the next. */
function inventPassingScore(index: number, step: number, offset: number): number {
  return 60 + ((index * step + offset) % 40);
}

/** Return every enrolled student's sitting of the exam held in `examYear`. */
export function listSampleSittings(examYear: number): SampleSitting[] {
  // Those the registration wizard enrols: a level chosen and 信息准确 (every sample student has a level).
  const enrolled = buildSampleEnrolments().flatMap((enrolment, index) => (enrolment.isInfoAccurate && enrolment.level ? [{ student: sampleStudents[index]!, level: enrolment.level }] : []));
  return enrolled.map(({ student, level }, index) => {
    // Every seventh student falls short in 实操 (45 to 54 points).
    const theory = inventPassingScore(index, 37, 23);
    const practical = index % 7 === 3 ? 45 + (index % 10) : inventPassingScore(index, 23, 41);
    return {
      name: student.name,
      documentNumber: student.documentNumber,
      // 准考证号: the exam year, the site's number and the seat's, 16 digits as the platform prints them.
      ticketNumber: `${examYear}0001${String(index + 1).padStart(8, '0')}`,
      level,
      theory: index < wronglyAbsentCount ? absent : String(theory),
      practical: String(practical),
    };
  });
}

/** Return the export's rows (header first) for `sittings`, two rows a candidate. */
export function toScoreExportRows(
  sittings: readonly SampleSitting[],
): string[][] {
  const rows = sittings.flatMap((sitting) => [
    [
      sitting.name,
      sitting.documentNumber,
      sitting.ticketNumber,
      `${sitting.level}理论`,
      sitting.theory,
    ],
    [
      sitting.name,
      sitting.documentNumber,
      sitting.ticketNumber,
      `${sitting.level}实操`,
      sitting.practical,
    ],
  ]);
  return [
    [...scoreExportHeaders],
    ...rows.map((row, index) => [String(index + 1), ...row]),
  ];
}

/** Return the rows the school copies out of the export for its review request: the students shown 缺考 in 理论. */
export function listReviewSittings(examYear: number): SampleSitting[] {
  return listSampleSittings(examYear).filter(
    (sitting) => sitting.theory === absent,
  );
}
