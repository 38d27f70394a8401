/**
 * A wizard's screens as data: each step's name, what stops 下一步 on it, and when it
 * may be entered directly. `defineSteps` turns that list into everything a machine
 * needs to navigate by it (guards, actions, transitions), so no machine writes its
 * own step plumbing, and the kit can show progress from the same list.
 *
 * ```ts
 * export const timelineSteps = defineSteps<TimelineContext>()({
 *   examDate: { title: '考试日期', check: (context) => … },
 *   windows: { title: '平台上的时间窗口', check: (context) => … },
 *   result: { title: '时间表和日历文件' },
 * });
 * ```
 * Object key order is the order of the screens.
 */
import { enqueueActions } from 'xstate';
import type { Workspace, WorkspacePatch } from '../../src/domain/workspace/schema';
import { mergeWorkspacePatch } from '../../src/domain/workspace/patch';
import { assignPart } from './assign-part';
import { workspaceUpdate, type FieldError, type WorkspaceUpdateEmitted } from './wizard-machine';

/** A field id, or a pattern standing for the boxes of a table's rows (`/^student-\d+-name$/`). */
export type FieldName = string | RegExp;

/** One screen of a wizard. */
export interface StepDefinition<TContext> {
  /** Short name of the screen, shown in the step indicator. */
  title: string;
  /**
   * Ids of the fields on this screen that an error can name: every error `check`
   * returns must name one of them, so each error summary link reaches a field on
   * the screen it is shown on (tests check this for every wizard). A pattern stands for the boxes of a table's rows.
   */
  fields?: readonly FieldName[] | ((context: TContext) => readonly FieldName[]);
  /** What stops 下一步 on this screen; none when omitted. */
  check?: (context: TContext) => readonly FieldError[];
  /**
   * Whether the screen may be entered directly (修改 links, browser Back/Forward, a URL).
   * Default: every earlier screen passes its check.
   */
  canEnter?: (context: TContext) => boolean;
  /**
   * What this screen writes to the shared workspace when the user leaves it with
   * 下一步 (after its check passes). Write a part when its screen is done, not on
   * every keystroke.
   */
  saves?: (context: TContext) => WorkspacePatch;
  /**
   * A screen reached from another one rather than in the main order (an alternative
   * branch, a printout opened from the result): it shares the indicator position of
   * the screen named here.
   */
  partOf?: string;
}

/** Context every stepped wizard keeps: the errors of its last 下一步. */
export interface StepErrorsContext {
  errors: readonly FieldError[];
}

/** What the kit's views need of a step list (the step indicator): names, order, and which steps may be entered. */
export type StepOverview<TContext extends StepErrorsContext> = Pick<StepList<TContext, string>, 'ids' | 'definitions' | 'canEnter' | 'isStep'>;

/** What `defineSteps` returns: the list, its rules, and the machine parts built from them. */
export interface StepList<TContext extends StepErrorsContext, TStep extends string> {
  /** Step ids in screen order. */
  ids: readonly TStep[];
  /** Each step's definition. */
  definitions: Readonly<Record<TStep, StepDefinition<TContext>>>;
  /** Return what stops 下一步 on `step`. */
  errorsOf(step: TStep, context: TContext): FieldError[];
  /** Return the ids of the fields on `step`'s screen that its errors may name (patterns for a table's rows). */
  fieldsOf(step: TStep, context: TContext): readonly FieldName[];
  /** True when `field` is one of the fields on `step`'s screen. */
  hasField(step: TStep, context: TContext, field: string): boolean;
  /** True when `step` may be entered directly with this context. */
  canEnter(step: TStep, context: TContext): boolean;
  /** True when `step` is one of this wizard's steps. */
  isStep(step: string): step is TStep;
  /** Guards for `setup({ guards })`: `isStepValid` and `canEnterStep`, both with `{ step }` params. */
  guards: {
    isStepValid: (args: { context: TContext }, params: { step: TStep }) => boolean;
    canEnterStep: (args: { context: TContext; event: { type: string; step?: string } }, params: { step: TStep }) => boolean;
  };
  /**
   * Actions for `setup({ actions })`: `showErrors` and `saveStep` (both with `{ step }`
   * params) and `clearErrors`. `saveStep` emits the step's `saves` patch as a workspace
   * update, and applies it to `context.workspace` when the machine keeps a copy.
   */
  actions: {
    showErrors: ReturnType<typeof assignStepErrors<TContext, TStep>>;
    clearErrors: ReturnType<typeof assignNoErrors<TContext>>;
    saveStep: ReturnType<typeof saveStepPatch<TContext, TStep>>;
  };
  /** The `step.goto` transitions of the machine's root: each step, guarded by `canEnterStep`, clearing errors. */
  gotoTransitions: Array<{ guard: { type: 'canEnterStep'; params: { step: TStep } }; target: `.${TStep}`; actions: 'clearErrors' }>;
  /**
   * Return the transitions of a screen that checks its answers: 下一步 moves to `next`
   * when `step` passes its check (clearing errors, saving what the step `saves`, then
   * running `onValid`), and otherwise shows the errors; 上一步 goes to `back` (none on a
   * first screen).
   */
  checkedTransitions<const TTarget extends string, const TAction = never>(
    step: TStep,
    next: TTarget,
    back: TTarget | null,
    onValid?: readonly TAction[],
  ): CheckedTransitions<TStep, TTarget, TAction>;
}

/** What `checkedTransitions` returns (a screen's `on`). */
export type CheckedTransitions<TStep extends string, TTarget extends string, TAction> = {
  'step.next': [
    {
      guard: { type: 'isStepValid'; params: { step: TStep } };
      target: TTarget;
      actions: Array<'clearErrors' | { type: 'saveStep'; params: { step: TStep } } | TAction>;
    },
    { actions: { type: 'showErrors'; params: { step: TStep } } },
  ];
  'step.back'?: { target: TTarget; actions: 'clearErrors' };
};

function assignStepErrors<TContext extends StepErrorsContext, TStep extends string>(errorsOf: (step: TStep, context: TContext) => FieldError[]) {
  return assignPart<TContext, { step: TStep }>(({ context }, { step }) => ({ errors: errorsOf(step, context) }));
}

function assignNoErrors<TContext extends StepErrorsContext>() {
  return assignPart<TContext>(() => ({ errors: [] }));
}

function saveStepPatch<TContext extends StepErrorsContext, TStep extends string>(savesOf: (step: TStep) => ((context: TContext) => WorkspacePatch) | undefined) {
  // Read as `any`, sending none, emitting workspace updates: see assign-part.ts for why.
  return enqueueActions<TContext, any, { step: TStep }, any, never, never, never, never, WorkspaceUpdateEmitted>(({ context, enqueue }, { step }) => {
    const patch = savesOf(step)?.(context);
    if (!patch) return;
    const copy = (context as { workspace?: Workspace }).workspace;
    if (copy) enqueue.assign({ workspace: mergeWorkspacePatch(copy, patch) } as never);
    enqueue.emit(workspaceUpdate(patch));
  });
}

/**
 * Return the step list of a wizard and the machine parts built from it. Called as
 * `defineSteps<Context>()({ … })` so the context is named once and the step ids are inferred.
 */
export function defineSteps<TContext extends StepErrorsContext>() {
  return <const TDefinitions extends Record<string, StepDefinition<TContext>>>(definitions: TDefinitions): StepList<TContext, Extract<keyof TDefinitions, string>> => {
    type TStep = Extract<keyof TDefinitions, string>;
    const ids = Object.keys(definitions) as TStep[];
    const errorsOf = (step: TStep, context: TContext) => [...(definitions[step]?.check?.(context) ?? [])];
    const fieldsOf = (step: TStep, context: TContext): readonly FieldName[] => {
      const fields = definitions[step]?.fields ?? [];
      return typeof fields === 'function' ? fields(context) : fields;
    };
    const canEnter = (step: TStep, context: TContext) => {
      const own = definitions[step]?.canEnter;
      if (own) return own(context);
      return ids.slice(0, ids.indexOf(step)).every((earlier) => errorsOf(earlier, context).length === 0);
    };
    return {
      ids,
      definitions: definitions as Record<TStep, StepDefinition<TContext>>,
      errorsOf,
      fieldsOf,
      hasField: (step, context, field) => fieldsOf(step, context).some((name) => (typeof name === 'string' ? name === field : name.test(field))),
      canEnter,
      isStep: (step: string): step is TStep => (ids as string[]).includes(step),
      guards: {
        isStepValid: ({ context }, { step }) => errorsOf(step, context).length === 0,
        canEnterStep: ({ context, event }, { step }) => event.type === 'step.goto' && event.step === step && canEnter(step, context),
      },
      actions: {
        showErrors: assignStepErrors<TContext, TStep>(errorsOf),
        clearErrors: assignNoErrors<TContext>(),
        saveStep: saveStepPatch<TContext, TStep>((step) => definitions[step]?.saves),
      },
      gotoTransitions: ids.map((step) => ({
        guard: { type: 'canEnterStep' as const, params: { step } },
        target: `.${step}` as const,
        actions: 'clearErrors' as const,
      })),
      checkedTransitions: (step, next, back, onValid = []) => ({
        'step.next': [
          {
            guard: { type: 'isStepValid', params: { step } },
            target: next,
            actions: ['clearErrors', ...(definitions[step]?.saves ? [{ type: 'saveStep' as const, params: { step } }] : []), ...onValid],
          },
          { actions: { type: 'showErrors', params: { step } } },
        ],
        ...(back !== null && { 'step.back': { target: back, actions: 'clearErrors' as const } }),
      }),
    };
  };
}
