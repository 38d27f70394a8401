/** The task that turns a pasted or uploaded score export into score rows, with every problem and change listed. */
import { readScoreTable, type TableProblem } from '../../../src/domain/scores/score-export';
import type { ProgressTaskRun } from '../../kit/progress-task';
import { readPastedScores, readScoreFile, type SourceGrids } from './read-score-file';
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
export const importScores: ProgressTaskRun<ScoreSource, ScoreImport> = async (source, _report, signal) => {
  const grids: SourceGrids =
    source.kind === 'paste' ? [{ ...readPastedScores(source.text), sheetName: null }] : await readScoreFile(source.file.name, new Uint8Array(await source.file.arrayBuffer()), signal);
  const found: ScoreImport = { source: source.kind === 'paste' ? '粘贴的内容' : `“${source.file.name}”`, rows: [], problems: [], changes: [] };
  // Several visible sheets are read together; then every problem and change names its sheet.
  const inSheet = (sheetName: string | null) => (text: string) => (grids.length > 1 && sheetName ? `工作表「${sheetName}」${text}` : text);
  for (const grid of grids) {
    const reading = readScoreTable(grid.rows);
    const named = inSheet(grid.sheetName);
    found.rows.push(...reading.sittings.map(fromSitting));
    found.problems.push(...reading.problems.map((problem) => ({ ...problem, message: named(problem.message) })));
    found.changes.push(...grid.notes, ...reading.changes.map(named));
  }
  return found;
};
