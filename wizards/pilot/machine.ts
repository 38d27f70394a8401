/**
 * The pilot application wizard (试点申报): one screen per part of the platform's
 * 申报证书试点 form, drafts of the two descriptions, check answers, and a result page
 * with every field to copy (手册 第一章). See README.md beside this file.
 */
import { assign, setup } from 'xstate';
import { draftFacilityDescription, draftTeacherDescription, normalizeMajors } from '../../src/domain/pilot/rules';
import type { StepEvent, WizardInput, WorkspaceLoadedEvent, WorkspaceUpdateEmitted } from '../kit/wizard-machine';
import { createPilotContext } from './context';
import type { PilotContext } from './context-schema';
import type { PilotField } from './fields';
import { toPilotAnswers } from './output';
import { pilotSteps as steps } from './steps';

/** Events of the pilot wizard besides navigation. */
export type PilotEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'answer.set'; field: PilotField; value: string }
  | { type: 'major.add' }
  | { type: 'major.remove'; index: number }
  | { type: 'draft.rewrite'; field: 'teacherText' | 'facilityText' };

const drafts = {
  teacherText: (context: PilotContext) => draftTeacherDescription(toPilotAnswers(context)),
  facilityText: (context: PilotContext) => draftFacilityDescription(toPilotAnswers(context)),
};

/** The pilot wizard's flow: one state per screen, 下一步 checked against the screen's answers. */
export const pilotMachine = setup({
  types: {
    context: {} as PilotContext,
    events: {} as PilotEvent,
    input: {} as WizardInput,
    emitted: {} as WorkspaceUpdateEmitted,
  },
  guards: steps.guards,
  actions: {
    ...steps.actions,
    // Drafts are written from the earlier answers the first time the screen is shown, then left to the user.
    fillEmptyDrafts: assign({
      form: ({ context }) => ({
        ...context.form,
        teacherText: context.form.teacherText.trim() ? context.form.teacherText : drafts.teacherText(context),
        facilityText: context.form.facilityText.trim() ? context.form.facilityText : drafts.facilityText(context),
      }),
    }),
  },
}).createMachine({
  id: 'pilot',
  context: ({ input }) => createPilotContext(input.workspace),
  initial: 'batch',
  on: {
    'answer.set': { actions: assign({ form: ({ context, event }) => ({ ...context.form, [event.field]: event.value }) }) },
    'workspace.loaded': {
      actions: assign(({ context, event }) => ({
        workspace: event.workspace,
        form: context.form.schoolName.trim() ? context.form : { ...context.form, schoolName: event.workspace.school.name },
      })),
    },
    'step.goto': steps.gotoTransitions,
  },
  states: {
    batch: { on: steps.checkedTransitions('batch', 'majors', null) },
    majors: {
      on: {
        ...steps.checkedTransitions('majors', 'teachers', 'batch'),
        'major.add': {
          actions: assign(({ context }) => {
            const major = context.form.majorDraft.trim();
            if (!major) return { errors: [{ field: 'majorDraft', message: '请先填写专业名称，再点「添加到列表」' }] };
            return { majors: normalizeMajors([...context.majors, major]), form: { ...context.form, majorDraft: '' }, errors: [] };
          }),
        },
        'major.remove': { actions: assign({ majors: ({ context, event }) => context.majors.filter((_, index) => index !== event.index) }) },
      },
    },
    teachers: { on: steps.checkedTransitions('teachers', 'facilities', 'majors') },
    facilities: { on: steps.checkedTransitions('facilities', 'descriptions', 'teachers') },
    descriptions: {
      entry: 'fillEmptyDrafts',
      on: {
        ...steps.checkedTransitions('descriptions', 'check', 'facilities'),
        'draft.rewrite': { actions: assign({ form: ({ context, event }) => ({ ...context.form, [event.field]: drafts[event.field](context) }) }) },
      },
    },
    check: { on: steps.checkedTransitions('check', 'result', 'descriptions') },
    result: { on: { 'step.back': 'check' } },
  },
});
