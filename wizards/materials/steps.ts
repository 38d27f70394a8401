/**
 * The materials wizard's screens in order: the start screen checks the workspace
 * has what exam day is made from; the others only show. It saves nothing.
 */
import { checkExamDayInputs } from '../../src/domain/exam-day/day-plan';
import { defineSteps } from '../kit/step-list';
import type { MaterialsContext } from './context-schema';

/** The screens, in order; `printing` shows one document from the list. */
export const materialsSteps = defineSteps<MaterialsContext>()({
  start: { title: '开始之前', fields: ['start-plan', 'start-rooms'], check: (context) => checkExamDayInputs(context.workspace) },
  quantities: { title: '需要准备的物料' },
  documents: { title: '打印文件' },
  printing: { title: '打印一份文件', partOf: 'documents' },
});
export type MaterialsStep = (typeof materialsSteps.ids)[number];
