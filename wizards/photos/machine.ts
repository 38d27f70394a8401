/**
 * The photo pack wizard's flow: the student list from the workspace → the photos
 * (files, a folder or a .zip) → how they match the students → checking each photo in a
 * worker → the findings, with fixes on request → check answers → the zip and manifest.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { Workspace } from '../../src/domain/workspace/schema';
import { fromProgressTask, type ProgressTaskEvent } from '../kit/progress-task';
import { busyTag, stepGotoTransitions, type FieldError, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import { matchPhotos } from '../../src/domain/photos/matching';
import type { CheckedPhoto, PhotoStudent } from '../../src/domain/photos/schema';
import type { CheckPhotosInput, OpenedPhotos } from './check-photos';
import { createPhotosContext } from './context';
import type { PhotosContext } from './context-schema';
import { areMatchedPhotosChecked, getMatchedFileIndexes, hasMatchedPhotos, isPackReady } from './selectors';
import { canEnterPhotoStep, photoSteps, type PhotoStep } from './steps';

/** Ids of the elements the error summary links to. */
export const photoFieldIds = {
  students: 'photo-students',
  files: 'photo-files',
  matching: 'photo-matching',
  fixes: 'photo-fixes',
} as const;

/** Events of the photo wizard. */
export type PhotosEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | { type: 'photos.choose'; files: File[] }
  | { type: 'photos.reselect' }
  | { type: 'fix.choose'; applyFixes: boolean }
  | { type: 'task.cancel' }
  | ProgressTaskEvent<OpenedPhotos>
  | ProgressTaskEvent<Record<number, CheckedPhoto>>;

/** The students photos are matched against: name and 证件号码 of each candidate in the workspace. */
export function toPhotoStudents(workspace: Workspace): PhotoStudent[] {
  return workspace.candidates.map(({ name, documentNumber }) => ({ name, documentNumber }));
}

const messages = {
  noStudents: '学校工作区中还没有考生名单。请先用「考生信息导入」向导检查学生名单，或用「导入工作文件」导入同事导出的工作文件。',
  noFiles: '请选择照片文件、照片所在的文件夹或 .zip 压缩包。',
  noMatches: '没有一张照片能对应到名单中的学生。请把照片命名为「证件号码.jpg」（或学生姓名）后重新选择。',
  uncheckedPhotos: '考生名单有变化，有的照片还没有检查。请点「上一步」后重新检查照片。',
  noFixChoice: '请选择是否自动修复照片。',
} as const;

const showError = (field: string, message: string) => ({ type: 'showError', params: { field, message } }) as const;
const showTaskError = (field: string) => ({ type: 'showTaskError', params: { field } }) as const;

/** The photo pack wizard's machine. */
export const photosMachine = setup({
  types: {
    context: {} as PhotosContext,
    input: {} as WizardInput,
    events: {} as PhotosEvent,
  },
  actors: {
    // The tasks' code (zip reading, the worker) loads when the user first chooses photos.
    openPhotos: fromProgressTask(async (files: File[]) => (await import('./check-photos')).openPhotos(files)),
    checkPhotos: fromProgressTask(async (input: CheckPhotosInput, report, signal) => (await import('./check-photos')).checkPhotos(input, report, signal)),
  },
  guards: {
    hasStudents: ({ context }) => context.students.length > 0,
    hasPhotoFiles: ({ context }) => context.paths.length > 0,
    hasMatchedPhotos: ({ context }) => hasMatchedPhotos(context),
    areMatchedPhotosChecked: ({ context }) => areMatchedPhotosChecked(context),
    isPackReady: ({ context }) => isPackReady(context),
    canEnterStep: ({ context, event }, { step }: { step: PhotoStep }) => event.type === 'step.goto' && event.step === step && canEnterPhotoStep(step, context),
  },
  actions: {
    clearErrors: assign({ errors: () => [] }),
    showError: assign((_, error: FieldError) => ({ errors: [error] })),
    showTaskError: assign(({ event }, { field }: { field: string }) => {
      assertEvent(event, 'task.error');
      return { errors: [{ field, message: event.message }] };
    }),
    loadStudents: assign(({ context, event }) => {
      assertEvent(event, 'workspace.loaded');
      const students = toPhotoStudents(event.workspace);
      // Another wizard may have changed the list meanwhile: match the chosen photos again.
      return { students, match: context.match && matchPhotos(context.paths, students) };
    }),
    takeOpenedPhotos: assign(({ context, event }) => {
      assertEvent(event, 'task.done');
      const { sessionId, paths, problems } = event.output as OpenedPhotos;
      return { sessionId, paths, sourceProblems: problems, match: matchPhotos(paths, context.students), checks: {}, applyFixes: null, errors: [] };
    }),
    takeChecks: assign(({ context, event }) => {
      assertEvent(event, 'task.done');
      return { checks: { ...context.checks, ...(event.output as Record<number, CheckedPhoto>) }, progress: null, errors: [] };
    }),
    startProgress: assign({ progress: () => null }),
    takeProgress: assign({
      progress: ({ event }) => {
        assertEvent(event, 'task.progress');
        return { done: event.done, total: event.total };
      },
    }),
    chooseFixes: assign(({ event }) => {
      assertEvent(event, 'fix.choose');
      return { applyFixes: event.applyFixes, errors: [] };
    }),
  },
}).createMachine({
  id: 'photos',
  context: ({ input }) => createPhotosContext(toPhotoStudents(input.workspace)),
  initial: 'students',
  on: {
    'workspace.loaded': { actions: 'loadStudents' },
    'step.goto': stepGotoTransitions(photoSteps),
    'photos.reselect': { target: '.photos', actions: 'clearErrors' },
  },
  states: {
    students: {
      on: {
        'step.next': [
          { guard: 'hasStudents', target: 'photos', actions: 'clearErrors' },
          { actions: showError(photoFieldIds.students, messages.noStudents) },
        ],
      },
    },
    photos: {
      on: {
        'photos.choose': { target: 'opening', actions: 'clearErrors' },
        'step.back': { target: 'students', actions: 'clearErrors' },
        'step.next': [
          { guard: 'hasPhotoFiles', target: 'matching', actions: 'clearErrors' },
          { actions: showError(photoFieldIds.files, messages.noFiles) },
        ],
      },
    },
    opening: {
      tags: [busyTag],
      invoke: {
        src: 'openPhotos',
        input: ({ event }) => {
          assertEvent(event, 'photos.choose');
          return event.files;
        },
      },
      on: {
        'task.done': { target: 'matching', actions: 'takeOpenedPhotos' },
        'task.error': { target: 'photos', actions: showTaskError(photoFieldIds.files) },
        'task.cancel': 'photos',
      },
    },
    matching: {
      on: {
        'step.back': { target: 'photos', actions: 'clearErrors' },
        'step.next': [
          { guard: 'hasMatchedPhotos', target: 'checking', actions: 'clearErrors' },
          { actions: showError(photoFieldIds.matching, messages.noMatches) },
        ],
      },
    },
    checking: {
      tags: [busyTag],
      entry: 'startProgress',
      invoke: {
        src: 'checkPhotos',
        input: ({ context }) => ({ sessionId: context.sessionId ?? '', fileIndexes: getMatchedFileIndexes(context) }),
      },
      on: {
        'task.progress': { actions: 'takeProgress' },
        'task.done': { target: 'review', actions: 'takeChecks' },
        'task.error': { target: 'matching', actions: showTaskError(photoFieldIds.matching) },
        'task.cancel': 'matching',
      },
    },
    review: {
      on: {
        'fix.choose': { actions: 'chooseFixes' },
        'step.back': { target: 'matching', actions: 'clearErrors' },
        'step.next': [
          { guard: 'isPackReady', target: 'confirm', actions: 'clearErrors' },
          { guard: 'areMatchedPhotosChecked', actions: showError(photoFieldIds.fixes, messages.noFixChoice) },
          { actions: showError(photoFieldIds.matching, messages.uncheckedPhotos) },
        ],
      },
    },
    confirm: {
      on: {
        'step.back': 'review',
        'step.next': 'result',
      },
    },
    result: {
      on: { 'step.back': 'confirm' },
    },
  },
});
