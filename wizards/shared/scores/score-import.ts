/**
 * The score import as part of a wizard's machine (review, certificates): the task that
 * reads a pasted or uploaded export (its code loads when the user first reads one),
 * the busy state that runs it inside the screen's own state, what a finished import
 * changes, and the box a failure belongs to.
 */
import { describeTaskError, fromProgressTask, TaskUserError, type TaskContext } from '../../kit/progress-task';
import { busyTag } from '../../kit/wizard-machine';
import type { ScoreImport, ScoreSource } from './import-scores';
import type { ImportReport } from './schema';

export type { ScoreImport, ScoreSource };

/** Events of the import panel. */
export type ScoreImportEvent = { type: 'paste.set'; text: string } | { type: 'scores.read'; source: ScoreSource } | { type: 'scores.cancel' };

/** What a machine with the import panel keeps for it. */
export interface ScoreImportContext extends TaskContext {
  /** The paste box, kept until its content is read without a problem. */
  pasted: string;
  /** What the last import found (its rows are already in the table). */
  lastImport: ImportReport | null;
}

/** The panel's boxes, by source: a source that cannot be read is the error of the box it was given in. */
export const scoreSourceFields = { paste: 'score-paste', file: 'score-file' } as const;

/** A source that could not be read, with the box it was given in. */
export class ScoreSourceError extends TaskUserError {
  override name = 'ScoreSourceError';
  readonly field: string;
  constructor(kind: ScoreSource['kind'], cause: unknown) {
    super(describeTaskError(cause), { cause });
    this.field = scoreSourceFields[kind];
  }
}

/** The import task for `setup({ actors })`: fails with a `ScoreSourceError` naming the box read. */
export const importScoresTask = fromProgressTask<ScoreSource, ScoreImport>(async (source, report, signal) => {
  try {
    return await (await import('./import-scores')).importScores(source, report, signal);
  } catch (error) {
    throw new ScoreSourceError(source.kind, error);
  }
});

/** Return the field a failed import is shown on: the box its source was given in. */
export function getFailedSourceField(error: unknown): string {
  return error instanceof ScoreSourceError ? error.field : scoreSourceFields.paste;
}

/** Return what a finished import changes besides adding its rows: the paste box (kept to fix while it had problems) and the report. */
export function reportScoreImport(pasted: string, { rows, ...found }: ScoreImport): Pick<ScoreImportContext, 'pasted' | 'lastImport'> {
  return { pasted: found.problems.length ? pasted : '', lastImport: { ...found, added: rows.length } };
}

/**
 * The states of a screen with the import panel: `editing`, and `reading` while the task
 * runs (busy: the screen shows a progress bar and 取消). The machine provides the actor
 * `importScores` (`importScoresTask`), the kit's task actions, `clearErrors`, and
 * `addImportedScores` with the finished import as its params (its rows joined to the
 * table, the rest with `reportScoreImport`); `readSource` hands the task the source of
 * the `scores.read` event.
 */
export function scoreImportStates<TArgs>(readSource: (args: TArgs) => ScoreSource) {
  return {
    initial: 'editing' as const,
    states: {
      editing: { on: { 'scores.read': 'reading' as const } },
      reading: {
        tags: [busyTag],
        // A new import starts afresh: the last failure no longer applies.
        entry: ['clearProgress' as const, 'clearErrors' as const],
        invoke: {
          src: 'importScores' as const,
          input: readSource,
          onDone: { target: 'editing' as const, actions: { type: 'addImportedScores' as const, params: ({ event }: { event: { output: ScoreImport } }) => event.output } },
          onError: {
            target: 'editing' as const,
            actions: { type: 'showTaskError' as const, params: ({ event }: { event: { error: unknown } }) => ({ field: getFailedSourceField(event.error) }) },
          },
        },
        on: { 'scores.cancel': 'editing' as const },
      },
    },
  };
}
