import { describe, expect, test } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { CheckedPhoto } from '../../../../src/domain/photos/schema';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { fromProgressTask, TaskUserError } from '../../../../wizards/kit/progress-task';
import type { OpenedPhotos } from '../../../../wizards/photos/check-photos';
import { photosMachine, type PhotosEvent } from '../../../../wizards/photos/machine';
import { photoFieldIds } from '../../../../wizards/photos/steps';
import { sampleStudents, workspaceWith } from '../../../fixtures/photos';
import { expectEveryStateReached } from '../kit/machine-paths';

const workspace = workspaceWith(sampleStudents);
const photoFile = (name: string) => new File([new Uint8Array(4)], name);
const opened: OpenedPhotos = { sessionId: 'session-1', paths: ['11010519491231002X.jpg', '李四.jpg', '合影.jpg'], problems: [] };
const good: CheckedPhoto = { byteLength: 6000, header: { format: 'jpeg', orientation: 1, width: 295, height: 413 }, findings: [] };
const landscape: CheckedPhoto = { ...good, findings: [{ code: 'wrongAspect', width: 4000, height: 3000 }] };

/** A machine whose tasks answer at once: the photos above, checked as `checks`. */
function machineWith(checks: Record<number, CheckedPhoto>, checkError?: string) {
  return photosMachine.provide({
    actors: {
      openPhotos: fromProgressTask(async () => opened),
      checkPhotos: fromProgressTask(async (_input, report) => {
        report({ done: 1, total: 2 });
        if (checkError) throw new TaskUserError(checkError);
        return checks;
      }),
    },
  });
}

/** Start the machine and walk it to the review screen, waiting for each task. */
async function startAtReview(machine: typeof photosMachine) {
  const actor = createActor(machine, { input: { workspace } }).start();
  actor.send({ type: 'step.next' });
  actor.send({ type: 'photos.choose', files: [photoFile('a.jpg')] });
  await waitFor(actor, (snapshot) => snapshot.matches('matching'));
  actor.send({ type: 'step.next' });
  await waitFor(actor, (snapshot) => !snapshot.matches('checking'));
  return actor;
}

/** Start the machine and walk it to the matching screen. */
async function startAtMatching(machine: typeof photosMachine) {
  const actor = createActor(machine, { input: { workspace } }).start();
  actor.send({ type: 'step.next' });
  actor.send({ type: 'photos.choose', files: [photoFile('a.jpg')] });
  await waitFor(actor, (snapshot) => snapshot.matches('matching'));
  return actor;
}

describe('photosMachine', () => {
  test('starts on the student list with the workspace students', () => {
    const snapshot = createActor(photosMachine, { input: { workspace } }).getSnapshot();
    expect(snapshot.value).toBe('students');
    expect(snapshot.context.students).toHaveLength(sampleStudents.length);
  });

  test('refuses to go on without students, naming where to get them', () => {
    const actor = createActor(photosMachine, { input: { workspace: createEmptyWorkspace() } }).start();
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('students');
    expect(actor.getSnapshot().context.errors).toEqual([{ field: photoFieldIds.students, message: expect.stringContaining('考生信息导入') }]);
  });

  test('matches the opened photos to the students', async () => {
    const snapshot = (await startAtMatching(machineWith({}))).getSnapshot();
    expect(snapshot.context.match?.matches.map((found) => found.studentIndex)).toEqual([0, 1]);
    expect(snapshot.context.match?.unmatched.map((unmatched) => unmatched.fileIndex)).toEqual([2]);
  });

  test('checks only the matched photos and shows the findings', async () => {
    const snapshot = (await startAtReview(machineWith({ 0: good, 1: landscape }))).getSnapshot();
    expect(snapshot.value).toBe('review');
    expect(Object.keys(snapshot.context.checks)).toEqual(['0', '1']);
  });

  test('returns to the matching screen with the message when checking fails', async () => {
    const snapshot = (await startAtReview(machineWith({}, '刷新页面后照片已不在内存中'))).getSnapshot();
    expect(snapshot.value).toBe('matching');
    expect(snapshot.context.errors).toEqual([{ field: photoFieldIds.matching, message: '刷新页面后照片已不在内存中' }]);
  });

  test('asks whether to fix when a photo can be fixed', async () => {
    const actor = await startAtReview(machineWith({ 0: good, 1: landscape }));
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.errors).toEqual([{ field: photoFieldIds.fixes, message: '请选择是否自动修复照片。' }]);
    actor.send({ type: 'fix.choose', applyFixes: true });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('confirm');
  });

  test('skips the fix question when every photo is right', async () => {
    const actor = await startAtReview(machineWith({ 0: good, 1: good }));
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('result');
  });

  test('matches again when the workspace students change', async () => {
    const actor = await startAtMatching(machineWith({}));
    actor.send({ type: 'workspace.loaded', workspace: workspaceWith([{ name: '合影', documentNumber: '650102200103030011' }]) });
    expect(actor.getSnapshot().context.match?.matches).toEqual([{ fileIndex: 2, studentIndex: 0, by: 'name' }]);
  });

  test('goes back to choosing photos when asked to choose them again', async () => {
    const actor = await startAtMatching(machineWith({}));
    actor.send({ type: 'photos.reselect' });
    expect(actor.getSnapshot().value).toBe('photos');
  });

  test('reaches every state', () => {
    const done = (state: { matches: (value: 'opening' | 'checking') => boolean }): PhotosEvent[] =>
      state.matches('opening')
        ? [{ type: 'xstate.done.actor.openPhotos', output: opened } as never, { type: 'xstate.error.actor.openPhotos', error: new Error('出错了') } as never]
        : state.matches('checking')
          ? [
              { type: 'xstate.done.actor.checkPhotos', output: { 0: good, 1: landscape } } as never,
              { type: 'xstate.error.actor.checkPhotos', error: new Error('出错了') } as never,
              { type: 'task.progress', done: 1, total: 2 },
            ]
          : [];
    expectEveryStateReached(photosMachine, {
      input: { workspace },
      events: (snapshot): PhotosEvent[] => [
        { type: 'step.next' },
        { type: 'step.back' },
        { type: 'photos.choose', files: [photoFile('a.jpg')] },
        { type: 'task.cancel' },
        { type: 'fix.choose', applyFixes: true },
        ...done(snapshot),
      ],
      serializeContext: (context) => [context.paths.length, Object.keys(context.checks).length, context.applyFixes, context.errors.length],
    });
  });
});
