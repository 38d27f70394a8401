/**
 * 院校考生 or 社会考生 (手册 第三章 三): students of this year's pilot majors,
 * up to the approved scale, are 院校考生; everyone else is 社会考生. When more
 * pilot-major students are listed than the scale allows, those later in the list
 * become 社会考生. The user can move anyone; moves come first.
 */
import type { Pilot } from '../workspace/schema';
import type { CandidateRow, CandidateType } from './schema';

/** Where one student goes and why. */
export interface Placement {
  rowId: number;
  type: CandidateType;
  reason: string;
  isMoved: boolean;
}

/** The placements and whether manual moves put more students in 院校考生 than the scale allows. */
export interface Classification {
  placements: Placement[];
  schoolCount: number;
  isOverScale: boolean;
}

/** True when a student's major is one of the pilot majors, by name or, where given, by code. */
export function isPilotMajor(row: CandidateRow, pilot: Pilot): boolean {
  return pilot.majors.some((major) => major.name === row.values.major || (major.code !== '' && major.code === row.values.majorCode));
}

/** Place every row in 院校考生 or 社会考生 with the reason. */
export function classifyCandidates(rows: readonly CandidateRow[], pilot: Pilot, moves: Readonly<Record<number, CandidateType>>): Classification {
  const scale = pilot.approvedScale ?? Infinity;
  const movedIn = rows.filter((row) => moves[row.id] === '院校考生').length;
  let free = Math.max(0, scale - movedIn);
  const placements = rows.map((row): Placement => {
    const moved = moves[row.id];
    if (moved) return { rowId: row.id, type: moved, reason: `手动调整为${moved}`, isMoved: true };
    if (!pilot.isPilotSchool) return { rowId: row.id, type: '社会考生', reason: '本校不是本年度试点院校', isMoved: false };
    if (!isPilotMajor(row, pilot)) return { rowId: row.id, type: '社会考生', reason: `「${row.values.major}」不是本年度试点专业`, isMoved: false };
    if (free <= 0) return { rowId: row.id, type: '社会考生', reason: `试点专业学生超出已批准培训人数（${pilot.approvedScale} 人）`, isMoved: false };
    free -= 1;
    return { rowId: row.id, type: '院校考生', reason: '试点专业，在已批准培训人数之内', isMoved: false };
  });
  const schoolCount = placements.filter((placement) => placement.type === '院校考生').length;
  return { placements, schoolCount, isOverScale: schoolCount > scale };
}
