/**
 * The contract between a wizard's machine and the kit. A machine that follows it
 * gets autosave, resume, the step in the URL, the browser's Back button, the
 * workspace and the work file from `WizardHost` without any code of its own.
 *
 * - Each top-level state is one screen (a step); its key is the step id and
 *   appears in the URL hash (`#review`).
 * - States that do work (reading, checking, generating) carry the tag `busy`:
 *   they are not saved (a reload resumes at the step that started the work)
 *   and not put in the browser history.
 * - Events: `step.next` (validate this screen; move on or show errors),
 *   `step.back`, `step.goto` (browser Back/Forward, 修改 links; the machine guards
 *   which steps may be entered), `workspace.loaded` (sent by the host after start).
 * - Writing to the workspace: `emit(workspaceUpdate(patch))` from an action.
 * - Context is plain JSON data (no File, Blob or Date), validated on load by the
 *   wizard's `DraftSpec` schema.
 */
import type { StateValue } from 'xstate';
import type { Workspace, WorkspacePatch } from '../../src/domain/workspace/schema';

/** A problem with one field of a screen, shown in the error summary and beside the field. */
export interface FieldError {
  /** Id of the input the summary links to (also the field's name). */
  field: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

/**
 * Context of a machine that needs the shared workspace beyond its first context:
 * it keeps it under `workspace`, refreshed on `workspace.loaded`. The kit never
 * saves it in the wizard's draft and hands the current one back on resume.
 */
export interface WorkspaceContext {
  workspace: Workspace;
}

/** What every wizard machine is started with. */
export interface WizardInput {
  workspace: Workspace;
}

/** Navigation events every wizard machine understands. */
export type StepEvent = { type: 'step.next' } | { type: 'step.back' } | { type: 'step.goto'; step: string };

/** Sent by the host after the actor starts or resumes, with the workspace as saved now. */
export interface WorkspaceLoadedEvent {
  type: 'workspace.loaded';
  workspace: Workspace;
}

/** Emitted by a machine to replace parts of the workspace. */
export interface WorkspaceUpdateEmitted {
  type: 'workspace.update';
  patch: WorkspacePatch;
}

/** Tag of states that do work and are neither saved nor put in history. */
export const busyTag = 'busy';

/** Return the step id of a state value: the top-level state key. */
export function getStepId(value: StateValue): string {
  return typeof value === 'string' ? value : Object.keys(value)[0]!;
}

/** Return the event a machine emits to replace parts of the workspace. */
export function workspaceUpdate(patch: WorkspacePatch): WorkspaceUpdateEmitted {
  return { type: 'workspace.update', patch };
}

/** Return the `step.goto` transitions for `steps`, each guarded by the machine's `canEnterStep` guard. */
export function stepGotoTransitions<const TStep extends string>(steps: readonly TStep[]) {
  return steps.map((step) => ({
    guard: { type: 'canEnterStep' as const, params: { step } },
    target: `.${step}` as const,
  }));
}

/**
 * Return the transitions of a screen that checks its answers. 下一步 moves to `next`
 * when the machine's `isStepValid` guard passes for `step` (clearing the errors, then
 * running `onValid`, e.g. saving to the workspace), and otherwise runs `showErrors`;
 * 上一步 goes to `back` (none on a first screen). The machine defines the guard
 * `isStepValid` and the action `showErrors`, both with `{ step }` params, and `clearErrors`.
 */
export function checkedStepTransitions<const TStep extends string, const TTarget extends string, const TAction = never>(
  step: TStep,
  next: TTarget,
  back: TTarget | null,
  onValid: readonly TAction[] = [],
) {
  return {
    'step.next': [
      { guard: { type: 'isStepValid' as const, params: { step } }, target: next, actions: ['clearErrors' as const, ...onValid] },
      { actions: { type: 'showErrors' as const, params: { step } } },
    ],
    ...(back !== null && { 'step.back': { target: back, actions: 'clearErrors' as const } }),
  };
}
