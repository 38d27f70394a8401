/**
 * What stops the rooms wizard's start screen, apart from its step list so the
 * 本校工作台 can say 还不能开始 without loading the wizard's machine parts.
 */
import type { Problem } from '../../src/domain/plan/problem';
import { listLevelCandidates, type LevelCandidates } from '../../src/domain/rooms/seat-plan';
import type { RoomsContext } from './context-schema';

/** Return the registered candidates of each level the plan has times for, in list order. */
export function listCandidatesByLevel(context: Pick<RoomsContext, 'workspace'>): LevelCandidates[] {
  const { candidates, enrolments, examPlan } = context.workspace;
  return listLevelCandidates(candidates, enrolments, examPlan.levels);
}

/** Return what stops the start screen: no plan times, or nobody registered yet. */
export function checkStart(context: Pick<RoomsContext, 'workspace'>): Problem[] {
  if (context.workspace.examPlan.levels.length === 0) {
    return [{ field: 'start-plan', message: '还没有考核计划的科目考试时间。请先完成「为学生报考」向导。' }];
  }
  return listCandidatesByLevel(context).length === 0
    ? [{ field: 'start-plan', message: '还没有已报考的考生（选了级别且信息准确）。请先完成「为学生报考」向导。' }]
    : [];
}
