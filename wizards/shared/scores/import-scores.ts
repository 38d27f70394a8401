/** The task that turns a pasted or uploaded score export into score rows, with every problem and change listed. */
import { readScoreTable } from '../../../src/domain/scores/score-export';
import type { ProgressTaskRun } from '../../kit/progress-task';
import { readPastedScores, readScoreFile, type Grid } from './read-score-file';
import type { ScoreImport, ScoreSource } from './score-import';
import { fromSitting } from './score-rows';

/** Read a score source; rows with problems are left out and each problem names its row. */
export const importScores: ProgressTaskRun<ScoreSource, ScoreImport> = async (source) => {
  const grid: Grid = source.kind === 'paste' ? readPastedScores(source.text) : await readScoreFile(source.file.name, new Uint8Array(await source.file.arrayBuffer()));
  const reading = readScoreTable(grid.rows);
  return {
    source: source.kind === 'paste' ? '粘贴的内容' : `“${source.file.name}”`,
    rows: reading.sittings.map(fromSitting),
    problems: reading.problems,
    changes: [...grid.notes, ...reading.changes],
  };
};
