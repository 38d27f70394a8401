/**
 * What stops the registration wizard's start screen, apart from its step list so
 * the 本校工作台 can say 还不能开始 without loading the wizard's machine parts.
 */
import type { Problem } from '../../src/domain/plan/problem';
import type { RegistrationContext } from './context-schema';

/** Return what stops the start screen: no candidates in the workspace yet. */
export function checkStart(context: Pick<RegistrationContext, 'workspace'>): Problem[] {
  return context.workspace.candidates.length === 0
    ? [{ field: 'start-candidates', message: '学校工作区中还没有考生。请先完成「考生信息导入」向导，或导入同事给您的工作文件。' }]
    : [];
}
