/**
 * The pilot application wizard (试点申报): one screen per part of the platform's
 * 申报证书试点 form, drafts of the two descriptions, check answers, and a result page
 * with every field to copy. See README.md beside this file.
 */
import { assign, emit, setup } from 'xstate';
import { draftFacilityDescription, draftTeacherDescription, normalizeMajors } from '../../src/domain/pilot/rules';
import type { Pilot, School, Workspace } from '../../src/domain/workspace/schema';
import { checkedStepTransitions, stepGotoTransitions, workspaceUpdate, type FieldError, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { canReachPilotStep, createPilotForm, pilotSteps, toPilotAnswers, validatePilotStep, type PilotField, type PilotForm, type PilotStep } from './form';
import { readCount } from './read-input';

/** What the machine keeps: the answers as typed, the majors list, errors, and the workspace parts it updates. */
export interface PilotContext {
  form: PilotForm;
  majors: string[];
  errors: FieldError[];
  school: School;
  pilot: Pilot;
}

/** Events of the pilot wizard besides navigation. */
export type PilotEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'answer.set'; field: PilotField; value: string }
  | { type: 'major.add' }
  | { type: 'major.remove'; index: number }
  | { type: 'draft.rewrite'; field: 'teacherText' | 'facilityText' };

function contextFromWorkspace(workspace: Workspace): PilotContext {
  const form = createPilotForm({ schoolName: workspace.school.name });
  return { form, majors: workspace.pilot.majors.map((major) => major.name), errors: [], school: workspace.school, pilot: workspace.pilot };
}

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
    emitted: {} as ReturnType<typeof workspaceUpdate>,
  },
  guards: {
    isStepValid: ({ context }, { step }: { step: PilotStep }) => validatePilotStep(step, context).length === 0,
    canEnterStep: ({ context, event }, { step }: { step: string }) =>
      event.type === 'step.goto' && event.step === step && canReachPilotStep(step as PilotStep, context),
  },
  actions: {
    clearErrors: assign({ errors: [] as FieldError[] }),
    showErrors: assign({ errors: ({ context }, { step }: { step: PilotStep }) => validatePilotStep(step, context) }),
    setAnswer: assign({
      form: ({ context, event }) => (event.type === 'answer.set' ? { ...context.form, [event.field]: event.value } : context.form),
    }),
    addMajor: assign(({ context }) => {
      const major = context.form.majorDraft.trim();
      if (!major) return { errors: [{ field: 'majorDraft', message: '请先填写专业名称，再点「添加到列表」' }] };
      return { majors: normalizeMajors([...context.majors, major]), form: { ...context.form, majorDraft: '' }, errors: [] };
    }),
    removeMajor: assign({
      majors: ({ context, event }) => (event.type === 'major.remove' ? context.majors.filter((_, index) => index !== event.index) : context.majors),
    }),
    rewriteDraft: assign({
      form: ({ context, event }) => (event.type === 'draft.rewrite' ? { ...context.form, [event.field]: drafts[event.field](context) } : context.form),
    }),
    fillEmptyDrafts: assign({
      form: ({ context }) => ({
        ...context.form,
        teacherText: context.form.teacherText.trim() ? context.form.teacherText : drafts.teacherText(context),
        facilityText: context.form.facilityText.trim() ? context.form.facilityText : drafts.facilityText(context),
      }),
    }),
    loadWorkspace: assign(({ context, event }) => {
      if (event.type !== 'workspace.loaded') return {};
      const { school, pilot } = event.workspace;
      return { school, pilot, form: context.form.schoolName.trim() ? context.form : { ...context.form, schoolName: school.name } };
    }),
    saveToWorkspace: emit(({ context }) => {
      const trainees = readCount(context.form.trainees, '');
      const school: School = { ...context.school, name: context.form.schoolName.trim() };
      const pilot: Pilot = {
        ...context.pilot,
        majors: normalizeMajors(context.majors).map((name) => ({ name, code: context.pilot.majors.find((major) => major.name === name)?.code ?? '' })),
        approvedScale: trainees.ok ? trainees.value : context.pilot.approvedScale,
      };
      return workspaceUpdate({ school, pilot });
    }),
  },
}).createMachine({
  id: 'pilot',
  context: ({ input }) => contextFromWorkspace(input.workspace),
  initial: 'batch',
  on: {
    'answer.set': { actions: 'setAnswer' },
    'workspace.loaded': { actions: 'loadWorkspace' },
    'step.goto': stepGotoTransitions(pilotSteps).map((transition) => ({ ...transition, actions: 'clearErrors' as const })),
  },
  states: {
    batch: { on: checkedStepTransitions('batch', 'majors', null) },
    majors: {
      on: { ...checkedStepTransitions('majors', 'teachers', 'batch'), 'major.add': { actions: 'addMajor' }, 'major.remove': { actions: 'removeMajor' } },
    },
    teachers: { on: checkedStepTransitions('teachers', 'facilities', 'majors') },
    facilities: { on: checkedStepTransitions('facilities', 'descriptions', 'teachers') },
    descriptions: {
      // Drafts are written from the earlier answers the first time the screen is shown, then left to the user.
      entry: 'fillEmptyDrafts',
      on: { ...checkedStepTransitions('descriptions', 'check', 'facilities'), 'draft.rewrite': { actions: 'rewriteDraft' } },
    },
    check: {
      on: {
        'step.next': 'result',
        'step.back': 'descriptions',
      },
    },
    result: { entry: 'saveToWorkspace', on: { 'step.back': 'check' } },
  },
});
