/**
 * Every generated .xlsx writes its cells through the kit's one cell writer (issue 12),
 * which removes characters no xlsx may hold and cuts text over the cell limit, saying so.
 * Any other way of putting a value into an exceljs cell, or of writing the bytes, is a bypass.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listSourceFiles } from './module-graph';

const writer = 'wizards/kit/cell-writer.ts';
const bypasses = [/\.addRow\(/, /\.addRows\(/, /\.values\s*=[^=]/, /(?<!currentTarget)\.value\s*=[^=]/, /\.xlsx\.writeBuffer\(/];

test('writes every generated xlsx cell through the kit’s cell writer', () => {
  const found = listSourceFiles('wizards')
    .filter((file) => file !== writer)
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (bypasses.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
  expect(found).toEqual([]);
});
