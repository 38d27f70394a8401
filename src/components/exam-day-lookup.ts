import { duties } from '../domain/exam-day/duties';
import { processBlocks } from '../domain/exam-day/process';
import { runSheetPoints } from '../domain/exam-day/run-sheet';
import type { Duty, ProcessBlock, RunSheetPoint } from '../domain/exam-day/schema';

/** Return the duties of a role as the manual names it; throws on an unknown role. */
export function findDuty(role: string): Duty {
  const duty = duties.find((d) => d.role === role);
  if (!duty) throw new Error(`Unknown role: ${role}`);
  return duty;
}

/** Return the block of 考试流程 with this name; throws on an unknown name. */
export function findProcessBlock(name: string): ProcessBlock {
  const block = processBlocks.find((b) => b.name === name);
  if (!block) throw new Error(`Unknown process block: ${name}`);
  return block;
}

/** Return a time point of the exam-day run sheet by key; throws on an unknown key so a typo fails the build. */
export function findRunSheetPoint(key: string): RunSheetPoint {
  const point = runSheetPoints.find((p) => p.key === key);
  if (!point) throw new Error(`Unknown run-sheet point: ${key}`);
  return point;
}
