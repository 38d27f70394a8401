/**
 * The photo pack wizard's flow: the student list from the workspace → the photos
 * (files, a folder or a .zip) → how they match the students → checking each photo in a
 * worker → the findings, with fixes on request → check answers → the zip and manifest.
 */
import { assign, setup } from 'xstate';
import { matchPhotos } from '../../src/domain/photos/matching';
import { fromProgressTask, taskActions, type TaskCancelEvent, type TaskProgressEvent } from '../kit/progress-task';
import { busyTag, type StepEvent, type WizardInput, type WorkspaceLoadedEvent } from '../kit/wizard-machine';
import type { CheckPhotosInput } from './check-photos';
import { createPhotosContext, toPhotoStudents } from './context';
import type { PhotosContext } from './context-schema';
import { getMatchedFileIndexes } from './selectors';
import { photoFieldIds, photosSteps as steps } from './steps';

/** Events of the photo wizard. */
export type PhotosEvent =
  | StepEvent
  | WorkspaceLoadedEvent
  | TaskProgressEvent
  | TaskCancelEvent
  | { type: 'photos.choose'; files: File[] }
  | { type: 'photos.reselect' }
  | { type: 'photos.recheck' }
  | { type: 'fix.choose'; applyFixes: boolean };

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
  guards: steps.guards,
  actions: { ...steps.actions, ...taskActions<PhotosContext>() },
}).createMachine({
  id: 'photos',
  context: ({ input }) => createPhotosContext(toPhotoStudents(input.workspace)),
  initial: 'students',
  on: {
    'workspace.loaded': {
      actions: assign(({ context, event }) => {
        const students = toPhotoStudents(event.workspace);
        // Another wizard may have changed the list meanwhile: match the chosen photos again.
        return { students, match: context.match && matchPhotos(context.paths, students) };
      }),
    },
    'step.goto': steps.gotoTransitions,
    'photos.reselect': { target: '.photos', actions: 'clearErrors' },
  },
  states: {
    students: { on: steps.checkedTransitions('students', 'photos', null) },
    photos: {
      on: {
        ...steps.checkedTransitions('photos', 'matching', 'students'),
        'photos.choose': { target: 'opening', actions: 'clearErrors' },
      },
    },
    opening: {
      tags: [busyTag],
      entry: 'clearProgress',
      invoke: {
        id: 'openPhotos',
        src: 'openPhotos',
        input: ({ event }) => (event.type === 'photos.choose' ? event.files : []),
        onDone: {
          target: 'matching',
          actions: assign(({ context, event }) => {
            const { sessionId, paths, problems } = event.output;
            return { sessionId, paths, sourceProblems: problems, match: matchPhotos(paths, context.students), checks: {}, applyFixes: null, errors: [] };
          }),
        },
        onError: { target: 'photos', actions: { type: 'showTaskError', params: { field: photoFieldIds.files } } },
      },
      on: { 'task.progress': { actions: 'trackProgress' }, 'task.cancel': 'photos' },
    },
    matching: { on: steps.checkedTransitions('matching', 'checking', 'photos') },
    checking: {
      tags: [busyTag],
      entry: 'clearProgress',
      invoke: {
        id: 'checkPhotos',
        src: 'checkPhotos',
        input: ({ context }) => ({ sessionId: context.sessionId ?? '', fileIndexes: getMatchedFileIndexes(context) }),
        onDone: { target: 'review', actions: assign(({ context, event }) => ({ checks: { ...context.checks, ...event.output }, progress: null, errors: [] })) },
        onError: { target: 'matching', actions: { type: 'showTaskError', params: { field: photoFieldIds.matching } } },
      },
      on: { 'task.progress': { actions: 'trackProgress' }, 'task.cancel': 'matching' },
    },
    review: {
      on: {
        ...steps.checkedTransitions('review', 'confirm', 'matching'),
        'fix.choose': { actions: assign({ applyFixes: ({ event }) => event.applyFixes, errors: [] }) },
        'photos.recheck': { target: 'checking', actions: 'clearErrors' },
      },
    },
    confirm: { on: { 'step.back': 'review', 'step.next': 'result' } },
    result: { on: { 'step.back': 'confirm' } },
  },
});
