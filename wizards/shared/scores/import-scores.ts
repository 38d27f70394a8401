/** The task that turns a pasted or uploaded score export into score rows, with every problem and change listed. */
import { readScoreTable, type TableProblem } from '../../../src/domain/scores/score-export';
import type { ProgressTaskRun } from '../../kit/progress-task';
import { readPastedScores, readScoreFile, type Grid } from './read-score-file';
import type { ScoreRowForm } from './schema';
import { fromSitting } from './score-rows';

/** What to read: pasted text or a chosen file. */
export type ScoreSource = { kind: 'paste'; text: string } | { kind: 'file'; file: File };

/** The rows read, and what the user should know about them. */
export interface ScoreImport {
  /** 粘贴的内容 or the file's name. */
  source: string;
  rows: ScoreRowForm[];
  problems: TableProblem[];
  /** Automatic readings (full-width digits) and cells that could not be read exactly. */
  changes: string[];
}

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
